package id.jamsostek.gateway.observability;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.handler.TracingObservationHandler;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.MDC;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;

/**
 * The trace a request runs under, read from its exchange. Reactor propagates the trace into thread locals only where
 * asked ({@code spring.reactor.context-propagation: limited}: restoring them on every signal of every operator cost
 * the gateway more than half its throughput), so a log line about a request puts the trace id in the MDC itself.
 */
public final class RequestTrace {

    private static final String MDC_KEY = "traceId";

    private RequestTrace() {}

    /** The 32 hex digits of the W3C trace id: the partner's own when it sent a {@code traceparent}. */
    public static Optional<String> id(ServerWebExchange exchange) {
        return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(context -> context.<TracingObservationHandler.TracingContext>get(
                        TracingObservationHandler.TracingContext.class))
                .map(TracingObservationHandler.TracingContext::getSpan)
                .map(Span::context)
                .map(TraceContext::traceId);
    }

    /** Runs {@code logging} with the request's trace id in the MDC, so that what it logs carries it. */
    public static <T> T logged(ServerWebExchange exchange, Supplier<T> logging) {
        Optional<String> id = id(exchange);
        if (id.isEmpty() || MDC.get(MDC_KEY) != null) {
            return logging.get();
        }
        try (MDC.MDCCloseable ignored = MDC.putCloseable(MDC_KEY, id.get())) {
            return logging.get();
        }
    }
}
