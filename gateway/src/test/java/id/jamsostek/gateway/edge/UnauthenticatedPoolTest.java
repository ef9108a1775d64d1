package id.jamsostek.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

class UnauthenticatedPoolTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final UnauthenticatedPool pool = new UnauthenticatedPool(new UnauthenticatedPoolSettings(2), meters);

    private static MockServerWebExchange withBody() {
        return MockServerWebExchange.from(MockServerHttpRequest.put("/employer/v1/x").contentLength(2_097_152));
    }

    @Test
    void refusesAtOnceWhileFullAndTakesRequestsAgainWhenAnAuthenticationEnds() {
        Sinks.Empty<Void> first = Sinks.empty();
        pool.authenticate(withBody(), first.asMono()).subscribe();
        pool.authenticate(withBody(), Sinks.empty().asMono()).subscribe();

        MockServerWebExchange third = withBody();
        StepVerifier.create(pool.authenticate(third, Mono.empty()))
                .expectErrorSatisfies(error -> assertThat(((GatewayException) error).problem())
                        .isEqualTo(Problem.TOO_MANY_REQUESTS))
                .verify();
        assertThat(third.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(third.getResponse().getHeaders().getFirst("Connection")).isEqualTo("close");
        assertThat(meters.get("gateway.unauthenticated.refused").counter().count()).isEqualTo(1.0);

        first.tryEmitEmpty();
        StepVerifier.create(pool.authenticate(withBody(), Mono.just("partner"))).expectNext("partner").verifyComplete();
    }

    @Test
    void aRefusedAuthenticationWithItsBodyUnreadClosesTheConnectionAndGivesItsPlaceBack() {
        MockServerWebExchange stranger = withBody();
        StepVerifier.create(pool.authenticate(stranger, Mono.error(new GatewayException(Problem.INVALID_TOKEN))))
                .expectError(GatewayException.class).verify();

        assertThat(stranger.getResponse().getHeaders().getFirst("Connection")).isEqualTo("close");
        assertThat(meters.get("gateway.unauthenticated.in.flight").gauge().value()).isZero();
    }

    @Test
    void aRequestWithoutABodyKeepsItsConnection() {
        MockServerWebExchange get = MockServerWebExchange.from(MockServerHttpRequest.get("/village/v1/coverage"));
        StepVerifier.create(pool.authenticate(get, Mono.error(new GatewayException(Problem.INVALID_TOKEN))))
                .expectError(GatewayException.class).verify();

        assertThat(get.getResponse().getHeaders().getFirst("Connection")).isNull();
    }
}
