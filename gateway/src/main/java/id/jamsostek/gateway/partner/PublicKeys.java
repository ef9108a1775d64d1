package id.jamsostek.gateway.partner;

import id.jamsostek.snap.PemKeys;
import java.security.PublicKey;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A partner's public key (a bank's for its token signatures, a client's for private_key_jwt) and, after a rotation,
 * the one before it until the overlap ends: signatures by either verify meanwhile, so the partner switches keys
 * without a refused request.
 *
 * @param previous           null when there is none
 * @param previousValidUntil when the previous key stops verifying; null when there is none
 */
public record PublicKeys(PublicKey current, PublicKey previous, Instant previousValidUntil) {

    public PublicKeys {
        Objects.requireNonNull(current, "current");
        if ((previous == null) != (previousValidUntil == null)) {
            throw new IllegalArgumentException("a previous key comes with the end of its overlap");
        }
    }

    /** From the stored PEMs; {@code previousPem} and {@code until} null when there was no rotation. */
    static PublicKeys of(String currentPem, String previousPem, OffsetDateTime until) {
        return new PublicKeys(PemKeys.rsaPublicKey(currentPem),
                previousPem == null ? null : PemKeys.rsaPublicKey(previousPem),
                until == null ? null : until.toInstant());
    }

    /** Whether {@code check} holds for the current key or, before its overlap ends, for the previous one. */
    public boolean anyVerifies(Instant now, Predicate<PublicKey> check) {
        return check.test(current)
                || previous != null && now.isBefore(previousValidUntil) && check.test(previous);
    }
}
