package id.jamsostek.gateway.snap;

import id.jamsostek.gateway.edge.UnauthenticatedPool;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A SNAP authentication step: it either puts the {@link BankCaller} on the exchange or fails with the problem that
 * names the fault; nothing after it runs for a request it refuses. It runs in the pool of requests being
 * authenticated.
 */
abstract class SnapAuthenticationGatewayFilterFactory
        extends AbstractGatewayFilterFactory<SnapAuthenticationGatewayFilterFactory.Config> {

    protected final SnapSettings settings;
    private final UnauthenticatedPool pool;

    SnapAuthenticationGatewayFilterFactory(SnapSettings settings, UnauthenticatedPool pool) {
        super(Config.class);
        this.settings = settings;
        this.pool = pool;
    }

    /** No per-route settings: what a bank may do comes from its registration. */
    public static class Config {}

    /** Completes once the caller is authenticated; fails with a GatewayException otherwise. */
    protected abstract Mono<Void> authenticate(ServerWebExchange exchange);

    @Override
    public GatewayFilter apply(Config config) {
        return new GatewayFilter() {
            @Override
            public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
                return pool.authenticate(exchange, Mono.defer(() -> authenticate(exchange)))
                        .then(chain.filter(exchange));
            }

            @Override
            public String toString() {
                return name() + "[timestampSkew=" + settings.timestampSkew() + "]";
            }
        };
    }
}
