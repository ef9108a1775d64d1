package id.jamsostek.adapters.core;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How the gateway calls one core service.
 *
 * @param baseUrl               where the service listens
 * @param attemptTimeout        the longest one attempt may take (the request deadline may cut it shorter)
 * @param maxAttempts           attempts per call, the first included; retries only where the call is idempotent
 * @param retryBackoff          wait between attempts
 * @param maxConcurrentCalls    bulkhead: calls in flight at once toward this service; sized on purpose, near the
 *                              connection pool, because Spring Cloud's default of 25 throttles a gateway at peak
 * @param failureRateThreshold  percentage of failed calls in the window that opens the breaker
 * @param slidingWindowSize     calls the breaker looks back over
 * @param minimumNumberOfCalls  calls before the breaker judges the failure rate
 * @param waitInOpenState       how long the breaker stays open before it lets trial calls through
 */
public record CoreServiceSettings(
        URI baseUrl,
        Duration attemptTimeout,
        int maxAttempts,
        Duration retryBackoff,
        int maxConcurrentCalls,
        float failureRateThreshold,
        int slidingWindowSize,
        int minimumNumberOfCalls,
        Duration waitInOpenState) {

    public CoreServiceSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(attemptTimeout, "attemptTimeout");
        Objects.requireNonNull(retryBackoff, "retryBackoff");
        Objects.requireNonNull(waitInOpenState, "waitInOpenState");
        if (maxAttempts < 1 || maxConcurrentCalls < 1 || slidingWindowSize < 1 || minimumNumberOfCalls < 1) {
            throw new IllegalArgumentException("attempts, concurrency and window sizes must be positive");
        }
        if (failureRateThreshold <= 0 || failureRateThreshold > 100) {
            throw new IllegalArgumentException("failureRateThreshold is a percentage in (0, 100]");
        }
    }

    public static CoreServiceSettings defaults(URI baseUrl) {
        return new CoreServiceSettings(baseUrl, Duration.ofSeconds(2), 2, Duration.ofMillis(50), 512, 50f, 100, 20,
                Duration.ofSeconds(10));
    }
}
