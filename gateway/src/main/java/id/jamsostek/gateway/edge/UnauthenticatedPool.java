package id.jamsostek.gateway.edge;

import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The bounded pool in which requests wait while they are authenticated (a token checked, a partner looked up): apart
 * from the partners' own admission shares, so strangers compete only with each other. Full, it refuses at once
 * (429, SNAP 429xx00) with Retry-After. A request refused here loses its connection with the answer ({@link UnreadBody}).
 */
@Component
public class UnauthenticatedPool {

    private final int maxInFlight;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Counter refused;

    public UnauthenticatedPool(UnauthenticatedPoolSettings settings, MeterRegistry meters) {
        this.maxInFlight = settings.maxInFlight();
        Gauge.builder("gateway.unauthenticated.in.flight", inFlight, AtomicInteger::get)
                .description("requests whose authentication is under way").register(meters);
        this.refused = Counter.builder("gateway.unauthenticated.refused")
                .description("requests refused because the pool of requests being authenticated was full")
                .register(meters);
    }

    /** Runs the authentication within the pool; its place is given back whatever the outcome. */
    public <T> Mono<T> authenticate(ServerWebExchange exchange, Mono<T> authentication) {
        return Mono.defer(() -> {
            if (inFlight.incrementAndGet() > maxInFlight) {
                inFlight.decrementAndGet();
                refused.increment();
                UnreadBody.closeAfterAnswer(exchange);
                exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
                return Mono.error(new GatewayException(Problem.TOO_MANY_REQUESTS));
            }
            return authentication.doOnError(refusal -> UnreadBody.closeAfterAnswer(exchange))
                    .doFinally(signal -> inFlight.decrementAndGet());
        });
    }
}
