package id.jamsostek.gateway.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outbox relay, which runs on every instance.
 *
 * @param relayEnabled  whether this instance drains the outbox on its own (tests drive it by hand)
 * @param pollInterval  how often an idle relay looks for due work
 * @param batchSize     rows leased at once
 * @param lease         how long a leased row is this instance's; past it, another instance takes it over
 * @param concurrency   deliveries in flight at once per instance
 * @param backoffBase   the wait after the first failed attempt; it doubles with each attempt
 * @param backoffMax    the longest wait between attempts
 * @param maxAttempts   attempts before a row is a dead letter that an operator re-drives
 */
@ConfigurationProperties("gateway.outbox")
public record OutboxSettings(
        @DefaultValue("true") boolean relayEnabled,
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("100") int batchSize,
        @DefaultValue("30s") Duration lease,
        @DefaultValue("32") int concurrency,
        @DefaultValue("1s") Duration backoffBase,
        @DefaultValue("5m") Duration backoffMax,
        @DefaultValue("30") int maxAttempts) {

    /** The wait before attempt {@code attempts + 1}. */
    public Duration backoffAfter(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration wait = backoffBase.multipliedBy(1L << doublings);
        return wait.compareTo(backoffMax) > 0 ? backoffMax : wait;
    }
}
