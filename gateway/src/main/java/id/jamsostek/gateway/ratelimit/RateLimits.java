package id.jamsostek.gateway.ratelimit;

import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Spends one request of a policy's bucket, shared by every instance through Redis ({@link TokenLeases}): over it,
 * 429 with Retry-After (429xx00 on SNAP routes). Every answer it decided tells the policy and what is left of it
 * ({@link RateLimitHeaders}). When Redis cannot answer in time, the policy's explicit choice applies, and the decision
 * is counted (gateway.ratelimit.without.redis).
 */
@Component
public class RateLimits {

    /** Requests refused over a policy's rate, per route: this instance's count since it started. */
    public static final String REFUSED = "gateway.ratelimit.refused";

    private final TokenLeases tokens;
    private final RateLimitSettings settings;
    private final MeterRegistry meters;

    public RateLimits(TokenLeases tokens, RateLimitSettings settings, MeterRegistry meters) {
        this.tokens = tokens;
        this.settings = settings;
        this.meters = meters;
    }

    /** The policy of that name under gateway.rate-limits.policies; fails at start when there is none. */
    public RateLimitSettings.Policy policy(String name) {
        return settings.policy(name);
    }

    /**
     * @param scope   what is limited (a route id): part of the bucket's key and the metric's tag
     * @param subject whose rate it is (a partner, a client address, a client id)
     */
    public Mono<Void> take(ServerWebExchange exchange, RateLimitSettings.Policy policy, String scope, String subject) {
        return tokens.take(settings.keyPrefix() + ":" + scope + ":" + subject, policy)
                .map(decision -> {
                    RateLimitHeaders.onAnswer(exchange, scope, policy, decision);
                    return decision.allowed() ? Boolean.TRUE : refuse(exchange, scope, decision);
                })
                .onErrorResume(error -> !(error instanceof GatewayException),
                        redisDown -> Mono.just(withoutRedis(exchange, scope, policy)))
                .then();
    }

    private Boolean refuse(ServerWebExchange exchange, String scope, TokenBucket.Decision decision) {
        meters.counter(REFUSED, "route", scope).increment();
        long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        throw new GatewayException(Problem.TOO_MANY_REQUESTS, "rate limit of the route reached");
    }

    private Boolean withoutRedis(ServerWebExchange exchange, String scope, RateLimitSettings.Policy policy) {
        boolean allow = policy.whenRedisDown() == RateLimitSettings.WhenRedisDown.ALLOW;
        meters.counter("gateway.ratelimit.without.redis", "route", scope, "decision", allow ? "allowed" : "refused")
                .increment();
        if (!allow) {
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
            throw new GatewayException(Problem.TOO_MANY_REQUESTS, "rates cannot be checked now; retry shortly");
        }
        return Boolean.TRUE;
    }
}
