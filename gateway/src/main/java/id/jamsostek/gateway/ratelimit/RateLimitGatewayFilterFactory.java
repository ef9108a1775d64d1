package id.jamsostek.gateway.ratelimit;

import id.jamsostek.gateway.caller.Caller;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Limits the rate of each authenticated partner on the route ({@code RateLimit=<policy>}, after the authentication
 * filter): over it, 429 with Retry-After (429xx00 on SNAP routes). When Redis cannot answer in time, the policy's
 * explicit choice applies, and the decision is counted (gateway.ratelimit.without.redis).
 */
@Component
public class RateLimitGatewayFilterFactory extends AbstractGatewayFilterFactory<RateLimitGatewayFilterFactory.Config> {

    private final TokenBucket buckets;
    private final RateLimitSettings settings;
    private final MeterRegistry meters;

    public RateLimitGatewayFilterFactory(TokenBucket buckets, RateLimitSettings settings, MeterRegistry meters) {
        super(Config.class);
        this.buckets = buckets;
        this.settings = settings;
        this.meters = meters;
    }

    public static class Config {
        private String policy;

        public String getPolicy() {
            return policy;
        }

        public void setPolicy(String policy) {
            this.policy = policy;
        }

        @Override
        public String toString() {
            return "RateLimit[" + policy + "]";
        }
    }

    @Override
    public List<String> shortcutFieldOrder() {
        return List.of("policy");
    }

    @Override
    public GatewayFilter apply(Config config) {
        RateLimitSettings.Policy policy = settings.policy(config.getPolicy());
        return new GatewayFilter() {
            @Override
            public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
                Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
                String partner = Caller.of(exchange).map(Caller::partnerId)
                        .orElseThrow(() -> new IllegalStateException("RateLimit must follow the authentication filter"));
                String routeId = route == null ? config.getPolicy() : route.getId();
                return buckets.take(settings.keyPrefix() + ":" + routeId + ":" + partner, policy.perSecond(), policy.burst())
                        .timeout(settings.redisTimeout())
                        .map(decision -> decision.allowed() ? Boolean.TRUE : refuse(exchange, decision))
                        .onErrorResume(error -> !(error instanceof GatewayException),
                                redisDown -> Mono.just(withoutRedis(exchange, routeId, policy)))
                        .flatMap(allowed -> chain.filter(exchange));
            }

            @Override
            public String toString() {
                return config.toString();
            }
        };
    }

    private static Boolean refuse(ServerWebExchange exchange, TokenBucket.Decision decision) {
        long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        throw new GatewayException(Problem.TOO_MANY_REQUESTS, "rate limit of the route reached");
    }

    private Boolean withoutRedis(ServerWebExchange exchange, String routeId, RateLimitSettings.Policy policy) {
        boolean allow = policy.whenRedisDown() == RateLimitSettings.WhenRedisDown.ALLOW;
        meters.counter("gateway.ratelimit.without.redis", "route", routeId, "decision", allow ? "allowed" : "refused")
                .increment();
        if (!allow) {
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
            throw new GatewayException(Problem.TOO_MANY_REQUESTS, "rates cannot be checked now; retry shortly");
        }
        return Boolean.TRUE;
    }
}
