package id.jamsostek.gateway.partner.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ClientSecretsTest {

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
    private static final ClientSecret NEW = secret("the-new-secret");
    private static final ClientSecret OLD = secret("the-old-secret");

    private static ClientSecret secret(String text) {
        return new ClientSecret(text.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean opens(Rotation<ClientSecret> secrets, Instant at, ClientSecret presented) {
        return secrets.anyVerifies(at, expected -> Arrays.equals(expected.bytes(), presented.bytes()));
    }

    @Test
    void acceptsTheCurrentSecretAlone() {
        Rotation<ClientSecret> secrets = Rotation.only(NEW);
        assertThat(opens(secrets, NOW, NEW)).isTrue();
        assertThat(opens(secrets, NOW, OLD)).isFalse();
    }

    @Test
    void acceptsThePreviousSecretUntilItsOverlapEndsAndNotFromThen() {
        Rotation<ClientSecret> secrets = new Rotation<>(NEW, OLD, NOW.plusSeconds(60));
        assertThat(opens(secrets, NOW, NEW)).isTrue();
        assertThat(opens(secrets, NOW, OLD)).isTrue();
        assertThat(opens(secrets, NOW.plusSeconds(59), OLD)).isTrue();
        assertThat(opens(secrets, NOW.plusSeconds(60), OLD)).isFalse();
        assertThat(opens(secrets, NOW.plusSeconds(60), NEW)).isTrue();
    }

    @Test
    void wantsAPreviousSecretAndTheEndOfItsOverlapTogether() {
        assertThatThrownBy(() -> new Rotation<>(NEW, OLD, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rotation<>(NEW, null, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neverPrintsASecret() {
        assertThat(new Rotation<>(NEW, OLD, NOW).toString()).doesNotContain("the-new-secret", "the-old-secret");
    }
}
