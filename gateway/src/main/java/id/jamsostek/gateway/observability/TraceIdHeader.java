package id.jamsostek.gateway.observability;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Tells the caller the trace its request ran under ({@code X-Trace-Id}: the 32 hex digits of the W3C trace id, the
 * partner's own when it sent a {@code traceparent}), so a partner can quote it and an operator find the log lines
 * and core call of the request. Set as the response commits, on every answer: errors and replays included.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TraceIdHeader implements WebFilter {

    static final String HEADER = "X-Trace-Id";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getResponse().beforeCommit(() -> {
            RequestTrace.id(exchange).ifPresent(id -> exchange.getResponse().getHeaders().set(HEADER, id));
            return Mono.empty();
        });
        return chain.filter(exchange);
    }
}
