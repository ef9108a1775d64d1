package id.jamsostek.gateway.partner.file;

import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Holds every partner route, and the OAuth2 token endpoint, until the partner file is registered: before that a
 * partner may be missing, or carry the settings of the previous start, so a request is answered
 * {@link Problem#UNAVAILABLE} with Retry-After (SNAP or RFC 9457 as its route says) and nothing else runs. Readiness
 * says the same to the load balancer.
 */
@Component
public class PartnerFileGate implements GlobalFilter, Ordered {

    private final PartnerFileRegistration registration;

    PartnerFileGate(PartnerFileRegistration registration) {
        this.registration = registration;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return registered() ? chain.filter(exchange) : Mono.error(unavailable());
    }

    /** For a partner endpoint outside the gateway routes: {@code next}, or unavailable until the file is in. */
    public <T> Mono<T> hold(Mono<T> next) {
        return registered() ? next : Mono.error(unavailable());
    }

    private boolean registered() {
        return registration.state() == PartnerFileRegistration.State.REGISTERED;
    }

    private static GatewayException unavailable() {
        return new GatewayException(Problem.UNAVAILABLE, "starting: the partners are being registered");
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
