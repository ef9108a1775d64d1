package id.jamsostek.adapters.core;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.reactor.bulkhead.operator.BulkheadOperator;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * The one place resilience is applied toward a core service: a timeout inside the breaker, the breaker inside
 * the bulkhead, retries outermost and only for idempotent calls, everything inside the request's deadline.
 * Only {@link CoreUnavailable} counts against the breaker: a rejection is a healthy answer.
 */
public final class ResilientCall {

    private final String service;
    private final CoreServiceSettings settings;
    private final CircuitBreaker breaker;
    private final Bulkhead bulkhead;
    private final Retry retry;

    public ResilientCall(String service, CoreServiceSettings settings, CircuitBreakerRegistry breakers,
            BulkheadRegistry bulkheads, RetryRegistry retries) {
        this.service = service;
        this.settings = settings;
        this.breaker = breakers.circuitBreaker(service, CircuitBreakerConfig.custom()
                .failureRateThreshold(settings.failureRateThreshold())
                .slidingWindowSize(settings.slidingWindowSize())
                .minimumNumberOfCalls(settings.minimumNumberOfCalls())
                .waitDurationInOpenState(settings.waitInOpenState())
                .recordException(CoreUnavailable.class::isInstance)
                .build());
        this.bulkhead = bulkheads.bulkhead(service, BulkheadConfig.custom()
                .maxConcurrentCalls(settings.maxConcurrentCalls())
                .maxWaitDuration(Duration.ZERO)
                .build());
        this.retry = retries.retry(service, RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .waitDuration(settings.retryBackoff())
                .retryOnException(ResilientCall::worthRetrying)
                .build());
    }

    /** A call whose repetition changes nothing at the core (a read, or a write carrying its idempotency key). */
    public <T> Mono<T> idempotent(Mono<T> attempt, Deadline deadline) {
        // a request whose deadline is spent (queued behind an overload) costs the core nothing; a zero timeout
        // would also race the attempt and drop its error after cancelling it
        return Mono.defer(() -> deadline.expired()
                ? Mono.error(unavailable(CoreUnavailable.Reason.TIMEOUT, null))
                : guarded(attempt, deadline).transformDeferred(RetryOperator.of(retry))
                        .timeout(deadline.remaining(),
                                Mono.error(() -> unavailable(CoreUnavailable.Reason.TIMEOUT, null))))
                // the retry, breaker, bulkhead and timeouts each look the context up on every attempt; Reactor walks
                // up to the nearest contextWrite for each, so one here keeps those walks short
                .contextWrite(Function.identity());
    }

    public CircuitBreaker breaker() {
        return breaker;
    }

    public Bulkhead bulkhead() {
        return bulkhead;
    }

    private <T> Mono<T> guarded(Mono<T> attempt, Deadline deadline) {
        return Mono.defer(() -> attempt
                        .timeout(deadline.remainingCappedAt(settings.attemptTimeout()))
                        .onErrorMap(this::asOutcome))
                .transformDeferred(CircuitBreakerOperator.of(breaker))
                .transformDeferred(BulkheadOperator.of(bulkhead))
                .onErrorMap(this::asOutcome);
    }

    private Throwable asOutcome(Throwable error) {
        return switch (error) {
            case CoreRejection rejection -> rejection;
            case CoreUnavailable unavailable -> unavailable;
            case TimeoutException timeout -> unavailable(CoreUnavailable.Reason.TIMEOUT, timeout);
            case CallNotPermittedException open -> unavailable(CoreUnavailable.Reason.BREAKER_OPEN, open);
            case BulkheadFullException full -> unavailable(CoreUnavailable.Reason.OVERLOADED, full);
            default -> unavailable(CoreUnavailable.Reason.CONNECTION, error);
        };
    }

    private CoreUnavailable unavailable(CoreUnavailable.Reason reason, Throwable cause) {
        return new CoreUnavailable(service, reason, cause);
    }

    private static boolean worthRetrying(Throwable error) {
        return error instanceof CoreUnavailable unavailable
                && unavailable.reason() != CoreUnavailable.Reason.BREAKER_OPEN
                && unavailable.reason() != CoreUnavailable.Reason.OVERLOADED;
    }
}
