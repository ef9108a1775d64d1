package id.jamsostek.gateway.partner.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.secrets.KeyRing;
import id.jamsostek.gateway.secrets.SecretCipher;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class PartnerSecretsTest {

    private static PartnerSecrets secrets(int atOnce, int queue) {
        String kek = "k1:" + Base64.getEncoder().encodeToString("unit-test-key-encryption-key-32b".getBytes(
                StandardCharsets.US_ASCII));
        return new PartnerSecrets(new SecretCipher(KeyRing.parse("kek", kek, 32)),
                new SecretHashSettings(1_000, atOnce, queue));
    }

    @Test
    void verifiesTheCurrentSecretAndThePreviousOneOnlyWithinItsOverlap() {
        PartnerSecrets secrets = secrets(2, 16);
        Instant now = Instant.parse("2026-12-06T08:00:00Z");
        Rotation<SecretHash> rotation = new Rotation<>(SecretHash.of(bytes("new-secret-0123456789"), 1_000),
                SecretHash.of(bytes("old-secret-0123456789"), 1_000), now.plusSeconds(60));
        try {
            assertThat(secrets.verifies(rotation, now, bytes("new-secret-0123456789")).block()).isTrue();
            assertThat(secrets.verifies(rotation, now, bytes("old-secret-0123456789")).block()).isTrue();
            assertThat(secrets.verifies(rotation, now.plusSeconds(60), bytes("old-secret-0123456789")).block())
                    .isFalse();
            assertThat(secrets.verifies(rotation, now, bytes("other-secret-0123456789")).block()).isFalse();
        } finally {
            secrets.destroy();
        }
    }

    @Test
    void hashesBeyondTheQueueAreRefusedRatherThanQueuedWithoutBound() {
        PartnerSecrets secrets = secrets(1, 2);
        Rotation<SecretHash> slow = Rotation.only(SecretHash.of(bytes("a-secret-0123456789"), 200_000));
        try {
            List<Object> outcomes = Flux.merge(IntStream.range(0, 10).mapToObj(i -> secrets
                    .verifies(slow, Instant.now(), bytes("a-secret-0123456789")).cast(Object.class)
                    .onErrorResume(RejectedExecutionException.class, Mono::just)).toList())
                    .collectList().block(Duration.ofMinutes(2));
            assertThat(outcomes).hasSize(10).contains(true)
                    .anySatisfy(outcome -> assertThat(outcome).isInstanceOf(RejectedExecutionException.class));
        } finally {
            secrets.destroy();
        }
    }

    private static byte[] bytes(String secret) {
        return secret.getBytes(StandardCharsets.UTF_8);
    }
}
