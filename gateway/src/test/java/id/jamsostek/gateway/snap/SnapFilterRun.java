package id.jamsostek.gateway.snap;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.edge.UnauthenticatedPool;
import id.jamsostek.gateway.edge.UnauthenticatedPoolSettings;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** Runs a SNAP authentication filter on a mock exchange: either it passes the request on, or it refuses it. */
final class SnapFilterRun {

    private SnapFilterRun() {}

    /** A pool of requests being authenticated with room for every unit test. */
    static UnauthenticatedPool pool() {
        return new UnauthenticatedPool(new UnauthenticatedPoolSettings(256), new SimpleMeterRegistry());
    }

    static void passes(GatewayFilter filter, MockServerWebExchange exchange) {
        AtomicBoolean passedOn = new AtomicBoolean();
        StepVerifier.create(filter.filter(exchange, e -> Mono.fromRunnable(() -> passedOn.set(true)))).verifyComplete();
        assertThat(passedOn).as("passed on").isTrue();
    }

    /** Refused with the problem and detail given: nothing after the filter ran and no bank is on the exchange. */
    static void refuses(GatewayFilter filter, MockServerWebExchange exchange, Problem problem, String detail) {
        AtomicBoolean passedOn = new AtomicBoolean();
        StepVerifier.create(filter.filter(exchange, e -> Mono.fromRunnable(() -> passedOn.set(true))))
                .expectErrorSatisfies(error -> {
                    assertThat(((GatewayException) error).problem()).isEqualTo(problem);
                    assertThat(((GatewayException) error).detail()).isEqualTo(detail);
                })
                .verify();
        assertThat(passedOn).as("passed on").isFalse();
        assertThat(BankCaller.of(exchange)).isEmpty();
    }
}
