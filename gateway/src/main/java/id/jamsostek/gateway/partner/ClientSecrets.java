package id.jamsostek.gateway.partner;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A partner's client secret and, after a rotation, the one before it until the overlap ends: both open the door
 * meanwhile, so a partner switches over without a refused request.
 *
 * @param previous           null when there is none
 * @param previousValidUntil when the previous secret stops working; null when there is none
 */
public record ClientSecrets(ClientSecret current, ClientSecret previous, Instant previousValidUntil) {

    public ClientSecrets {
        Objects.requireNonNull(current, "current");
        if ((previous == null) != (previousValidUntil == null)) {
            throw new IllegalArgumentException("a previous secret comes with the end of its overlap");
        }
    }

    public static ClientSecrets only(ClientSecret current) {
        return new ClientSecrets(current, null, null);
    }

    /** Whether {@code check} holds for the current secret or, before its overlap ends, for the previous one. */
    public boolean anyVerifies(Instant now, Predicate<byte[]> check) {
        return check.test(current.bytes())
                || previous != null && now.isBefore(previousValidUntil) && check.test(previous.bytes());
    }
}
