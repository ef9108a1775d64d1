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
 * Holds every partner route until the partner file is registered: before that a partner may be missing, or carry the
 * settings of the previous start, so a request is answered {@link Problem#UNAVAILABLE} with Retry-After (SNAP or
 * RFC 9457 as its route says) and nothing else runs. Readiness says the same to the load balancer.
 */
@Component
class PartnerFileGate implements GlobalFilter, Ordered {

    private final PartnerFileRegistration registration;

    PartnerFileGate(PartnerFileRegistration registration) {
        this.registration = registration;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (registration.state() == PartnerFileRegistration.State.REGISTERED) {
            return chain.filter(exchange);
        }
        return Mono.error(new GatewayException(Problem.UNAVAILABLE, "starting: the partners are being registered"));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
