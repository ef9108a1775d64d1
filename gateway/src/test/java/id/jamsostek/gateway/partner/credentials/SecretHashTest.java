package id.jamsostek.gateway.partner.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SecretHashTest {

    private static byte[] bytes(String secret) {
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void verifiesTheSecretHashedAndNothingElse() {
        SecretHash hash = SecretHash.of(bytes("village-secret-it-village-saga"), 1_000);
        assertThat(hash.verifies(bytes("village-secret-it-village-saga"))).isTrue();
        assertThat(hash.verifies(bytes("village-secret-it-village-sagA"))).isFalse();
        assertThat(hash.verifies(bytes(""))).isFalse();
        assertThat(SecretHash.parse(hash.encoded()).verifies(bytes("village-secret-it-village-saga"))).isTrue();
    }

    @Test
    void isSaltedAndKeepsItsWorkFactorSoOldHashesVerifyAfterItIsRaised() {
        SecretHash first = SecretHash.of(bytes("same-secret-0123456789"), 1_000);
        SecretHash second = SecretHash.of(bytes("same-secret-0123456789"), 2_000);
        assertThat(first.encoded()).startsWith("pbkdf2-sha256$1000$").isNotEqualTo(second.encoded());
        assertThat(second.encoded()).startsWith("pbkdf2-sha256$2000$");
        assertThat(first.encoded()).doesNotContain("same-secret");
        assertThat(first.toString()).doesNotContain(first.encoded().split("\\$")[3]);
        assertThat(first.verifies(bytes("same-secret-0123456789"))).isTrue();
        assertThat(second.verifies(bytes("same-secret-0123456789"))).isTrue();
    }

    @Test
    void refusesWhatIsNotAHashOfThisForm() {
        for (String stored : new String[] {"", "plain-secret", "bcrypt$10$abc$def", "pbkdf2-sha256$0$c2FsdA$aGFzaA",
                "pbkdf2-sha256$1000$c2FsdA", "pbkdf2-sha256$1000$!!$aGFzaA"}) {
            assertThatThrownBy(() -> SecretHash.parse(stored)).as(stored).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theDefaultWorkFactorIsSlowOnPurpose() {
        int iterations = new SecretHashSettings(600_000, 2, 256).secretHashIterations();
        SecretHash hash = SecretHash.of(bytes("a-secret-of-32-bytes-0123456789ab"), iterations);
        long started = System.nanoTime();
        assertThat(hash.verifies(bytes("a-secret-of-32-bytes-0123456789ab"))).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(50));
    }
}
