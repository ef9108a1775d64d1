package id.jamsostek.gateway.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jamsostek.gateway.partner.credentials.Rotation;
import id.jamsostek.gateway.support.PartnerAdminClient;
import id.jamsostek.snap.PemKeys;
import java.security.PublicKey;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PublicKeysTest {

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
    private static final PublicKey NEW = PartnerAdminClient.rsaKeys().getPublic();
    private static final PublicKey OLD = PartnerAdminClient.rsaKeys().getPublic();

    private static boolean verifies(Rotation<PublicKey> keys, Instant at, PublicKey signer) {
        return keys.anyVerifies(at, signer::equals);
    }

    @Test
    void verifiesByThePreviousKeyUntilItsOverlapEndsAndNotFromThen() {
        Rotation<PublicKey> keys = PublicKeys.of(PemKeys.toPem(NEW), PemKeys.toPem(OLD), NOW.plusSeconds(60)
                .atOffset(ZoneOffset.UTC));

        assertThat(verifies(keys, NOW, NEW)).isTrue();
        assertThat(verifies(keys, NOW.plusSeconds(59), OLD)).isTrue();
        assertThat(verifies(keys, NOW.plusSeconds(60), OLD)).isFalse();
        assertThat(verifies(keys, NOW.plusSeconds(60), NEW)).isTrue();
    }

    @Test
    void withoutARotationOnlyTheCurrentKeyVerifies() {
        Rotation<PublicKey> keys = PublicKeys.of(PemKeys.toPem(NEW), null, null);

        assertThat(verifies(keys, NOW, NEW)).isTrue();
        assertThat(verifies(keys, NOW, OLD)).isFalse();
        assertThatThrownBy(() -> new Rotation<>(NEW, OLD, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
