package id.jamsostek.gateway.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.tracing.handler.TracingObservationHandler;
import io.micrometer.tracing.otel.bridge.OtelSpan;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.test.StepVerifier;

class TraceIdHeaderTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    private final TraceIdHeader filter = new TraceIdHeader();

    /** An exchange observed under a trace, as the server's observation leaves it. */
    private static MockServerWebExchange traced() {
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.post("/v1.0/transfer-va/payment"));
        TracingObservationHandler.TracingContext tracing = new TracingObservationHandler.TracingContext();
        tracing.setSpan(OtelSpan.fromOtel(Span.wrap(SpanContext.create(TRACE, "00f067aa0ba902b7",
                TraceFlags.getSampled(), TraceState.getDefault()))));
        ServerRequestObservationContext context = new ServerRequestObservationContext(exchange.getRequest(),
                exchange.getResponse(), exchange.getAttributes());
        context.put(TracingObservationHandler.TracingContext.class, tracing);
        exchange.getAttributes().put(ServerRequestObservationContext.CURRENT_OBSERVATION_CONTEXT_ATTRIBUTE, context);
        return exchange;
    }

    @Test
    void answersTheTraceIdOnAnAnswer() {
        MockServerWebExchange exchange = traced();
        StepVerifier.create(filter.filter(exchange, e -> e.getResponse().setComplete())).verifyComplete();
        assertThat(exchange.getResponse().getHeaders().getFirst("X-Trace-Id")).isEqualTo(TRACE);
    }

    @Test
    void answersItOnARefusalToo() {
        MockServerWebExchange exchange = traced();
        StepVerifier.create(filter.filter(exchange, e -> {
            e.getResponse().setStatusCode(HttpStatus.UNAUTHORIZED);
            return e.getResponse().setComplete();
        })).verifyComplete();
        assertThat(exchange.getResponse().getHeaders().getFirst("X-Trace-Id")).isEqualTo(TRACE);
    }

    @Test
    void saysNothingWithoutATrace() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/v1.0/anything"));
        StepVerifier.create(filter.filter(exchange, e -> e.getResponse().setComplete())).verifyComplete();
        assertThat(exchange.getResponse().getHeaders().containsHeader("X-Trace-Id")).isFalse();
    }
}
