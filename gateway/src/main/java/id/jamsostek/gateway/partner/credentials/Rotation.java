package id.jamsostek.gateway.partner.credentials;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A partner's credential (its client secret, its public key) and, after a rotation, the one before it until the
 * overlap ends: either is accepted meanwhile, so the partner switches over without a refused request.
 *
 * @param previous           null when there is none
 * @param previousValidUntil when the previous one stops being accepted; null when there is none
 */
public record Rotation<T>(T current, T previous, Instant previousValidUntil) {

    public Rotation {
        Objects.requireNonNull(current, "current");
        if ((previous == null) != (previousValidUntil == null)) {
            throw new IllegalArgumentException("a previous credential comes with the end of its overlap");
        }
    }

    public static <T> Rotation<T> only(T current) {
        return new Rotation<>(current, null, null);
    }

    /** Whether {@code check} holds for the current credential or, before its overlap ends, for the previous one. */
    public boolean anyVerifies(Instant now, Predicate<T> check) {
        return check.test(current)
                || previous != null && now.isBefore(previousValidUntil) && check.test(previous);
    }
}
