package id.jamsostek.gateway.partner;

import id.jamsostek.gateway.partner.credentials.Rotation;
import id.jamsostek.snap.PemKeys;
import java.security.PublicKey;
import java.time.OffsetDateTime;

/** A partner's stored public keys (a bank's for its token signatures, a client's for private_key_jwt), read. */
final class PublicKeys {

    private PublicKeys() {}

    /** From the stored PEMs; {@code previousPem} and {@code until} null when there was no rotation. */
    static Rotation<PublicKey> of(String currentPem, String previousPem, OffsetDateTime until) {
        return new Rotation<>(PemKeys.rsaPublicKey(currentPem),
                previousPem == null ? null : PemKeys.rsaPublicKey(previousPem),
                until == null ? null : until.toInstant());
    }
}
