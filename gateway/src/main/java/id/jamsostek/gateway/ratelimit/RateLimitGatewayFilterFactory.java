package id.jamsostek.gateway.ratelimit;

import id.jamsostek.gateway.caller.Caller;
import java.util.List;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Limits the rate of each authenticated partner on the route ({@code RateLimit=<policy>}, after the authentication
 * filter): over it, 429 with Retry-After (429xx00 on SNAP routes); {@link RateLimits} says what happens when Redis
 * cannot answer.
 */
@Component
public class RateLimitGatewayFilterFactory extends AbstractGatewayFilterFactory<RateLimitGatewayFilterFactory.Config> {

    private final RateLimits limits;

    public RateLimitGatewayFilterFactory(RateLimits limits) {
        super(Config.class);
        this.limits = limits;
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
        RateLimitSettings.Policy policy = limits.policy(config.getPolicy());
        return new GatewayFilter() {
            @Override
            public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
                Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
                String partner = Caller.of(exchange).map(Caller::partnerId)
                        .orElseThrow(() -> new IllegalStateException("RateLimit must follow the authentication filter"));
                String routeId = route == null ? config.getPolicy() : route.getId();
                return limits.take(exchange, policy, routeId, partner).then(Mono.defer(() -> chain.filter(exchange)));
            }

            @Override
            public String toString() {
                return config.toString();
            }
        };
    }
}
