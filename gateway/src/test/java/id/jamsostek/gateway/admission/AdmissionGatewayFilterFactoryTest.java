package id.jamsostek.gateway.admission;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.caller.Caller;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

class AdmissionGatewayFilterFactoryTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private GatewayFilter filter(int maxInFlight) {
        AdmissionGatewayFilterFactory.Config config = new AdmissionGatewayFilterFactory.Config();
        config.setName("test");
        config.setMaxInFlight(maxInFlight);
        return new AdmissionGatewayFilterFactory(meters).apply(config);
    }

    private static MockServerWebExchange exchange() {
        return exchange("bank-alpha");
    }

    /** A request whose headers authenticated it as the partner. */
    private static MockServerWebExchange exchange(String partnerId) {
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.post("/v1.0/transfer-va/payment"));
        exchange.getAttributes().put(Caller.CLAIMED_PARTNER_ID_ATTRIBUTE, partnerId);
        return exchange;
    }

    @Test
    void refusesTheRequestOverTheLimitAtOnceAndAdmitsAgainWhenOneFinishes() {
        GatewayFilter admission = filter(2);
        List<Sinks.Empty<Void>> running = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Sinks.Empty<Void> work = Sinks.empty();
            running.add(work);
            admission.filter(exchange(), e -> work.asMono()).subscribe();
        }
        assertThat(meters.get("gateway.admission.in.flight").gauge().value()).isEqualTo(2.0);

        MockServerWebExchange third = exchange();
        StepVerifier.create(admission.filter(third, e -> reactor.core.publisher.Mono.empty()))
                .expectErrorSatisfies(error -> assertThat(((GatewayException) error).problem())
                        .isEqualTo(Problem.TOO_MANY_REQUESTS))
                .verify();
        assertThat(third.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(meters.get("gateway.admission.refused").counter().count()).isEqualTo(1.0);

        running.getFirst().tryEmitEmpty();
        StepVerifier.create(admission.filter(exchange(), e -> reactor.core.publisher.Mono.empty())).verifyComplete();
        assertThat(meters.get("gateway.admission.in.flight").gauge().value()).isEqualTo(1.0);
    }

    @Test
    void aRouteRebuiltByARefreshKeepsCountingTheRequestsStillInFlight() {
        AdmissionGatewayFilterFactory factory = new AdmissionGatewayFilterFactory(meters);
        AdmissionGatewayFilterFactory.Config config = new AdmissionGatewayFilterFactory.Config();
        config.setName("refreshed");
        config.setMaxInFlight(1);
        Sinks.Empty<Void> work = Sinks.empty();
        factory.apply(config).filter(exchange(), e -> work.asMono()).subscribe();

        GatewayFilter rebuilt = factory.apply(config);
        StepVerifier.create(rebuilt.filter(exchange(), e -> reactor.core.publisher.Mono.empty()))
                .expectError(GatewayException.class).verify();
        assertThat(meters.find("gateway.admission.in.flight").tag("route", "refreshed").gauges()).hasSize(1);

        work.tryEmitEmpty();
        StepVerifier.create(rebuilt.filter(exchange(), e -> reactor.core.publisher.Mono.empty())).verifyComplete();
    }

    @Test
    void aFailedOrCancelledRequestGivesItsPlaceBack() {
        GatewayFilter admission = filter(1);
        StepVerifier.create(admission.filter(exchange(),
                e -> reactor.core.publisher.Mono.error(new IllegalStateException("boom"))))
                .expectError(IllegalStateException.class).verify();
        Sinks.Empty<Void> never = Sinks.empty();
        admission.filter(exchange(), e -> never.asMono()).subscribe().dispose();
        StepVerifier.create(admission.filter(exchange(), e -> reactor.core.publisher.Mono.empty())).verifyComplete();
    }

    @Test
    void aPartnerAtItsLimitDoesNotSpendAnotherPartnersShare() {
        GatewayFilter admission = filter(1);
        Sinks.Empty<Void> alphaWork = Sinks.empty();
        admission.filter(exchange("bank-alpha"), e -> alphaWork.asMono()).subscribe();

        StepVerifier.create(admission.filter(exchange("bank-alpha"), e -> reactor.core.publisher.Mono.empty()))
                .expectError(GatewayException.class).verify();
        StepVerifier.create(admission.filter(exchange("bank-beta"), e -> reactor.core.publisher.Mono.empty()))
                .verifyComplete();
        assertThat(meters.get("gateway.admission.in.flight").gauge().value()).isEqualTo(1.0);
    }

    @Test
    void aRequestNoAuthenticationVouchedForIsAnErrorOfTheRouteNotAnAdmission() {
        MockServerWebExchange stranger = MockServerWebExchange.from(
                MockServerHttpRequest.post("/v1.0/transfer-va/payment"));
        StepVerifier.create(filter(1).filter(stranger, e -> reactor.core.publisher.Mono.empty()))
                .expectError(IllegalStateException.class).verify();
    }
}
