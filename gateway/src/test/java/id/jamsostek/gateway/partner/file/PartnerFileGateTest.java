package id.jamsostek.gateway.partner.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.health.contributor.Status;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class PartnerFileGateTest {

    private final PartnerFileRegistration registration = mock(PartnerFileRegistration.class);
    private final PartnerFileGate gate = new PartnerFileGate(registration);
    private final AtomicBoolean passed = new AtomicBoolean();
    private final GatewayFilterChain chain = exchange -> Mono.fromRunnable(() -> passed.set(true));

    @ParameterizedTest
    @EnumSource(value = PartnerFileRegistration.State.class, names = "REGISTERED", mode = EnumSource.Mode.EXCLUDE)
    void holdsEveryPartnerRequestAsUnavailableUntilThePartnerFileIsRegistered(PartnerFileRegistration.State state) {
        when(registration.state()).thenReturn(state);

        StepVerifier.create(gate.filter(exchange(), chain))
                .expectErrorSatisfies(error -> assertThat(((GatewayException) error).problem())
                        .isEqualTo(Problem.UNAVAILABLE))
                .verify();
        assertThat(passed).isFalse();
    }

    @Test
    void passesRequestsOnOnceThePartnerFileIsRegistered() {
        when(registration.state()).thenReturn(PartnerFileRegistration.State.REGISTERED);

        StepVerifier.create(gate.filter(exchange(), chain)).verifyComplete();
        assertThat(passed).isTrue();
    }

    @Test
    void holdsAPartnerEndpointOutsideTheRoutesTheSameWay() {
        when(registration.state()).thenReturn(PartnerFileRegistration.State.REGISTERING);
        StepVerifier.create(gate.hold(Mono.just("token")))
                .expectErrorSatisfies(error -> assertThat(((GatewayException) error).problem())
                        .isEqualTo(Problem.UNAVAILABLE))
                .verify();

        when(registration.state()).thenReturn(PartnerFileRegistration.State.REGISTERED);
        StepVerifier.create(gate.hold(Mono.just("token"))).expectNext("token").verifyComplete();
    }

    @Test
    void runsBeforeEveryOtherFilter() {
        assertThat(gate.getOrder()).isEqualTo(Integer.MIN_VALUE);
    }

    @Test
    void makesReadinessWaitForTheRegistrationAndFailWithIt() {
        PartnerFileHealthIndicator health = new PartnerFileHealthIndicator(registration);

        when(registration.state()).thenReturn(PartnerFileRegistration.State.REGISTERING);
        assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        when(registration.state()).thenReturn(PartnerFileRegistration.State.REGISTERED);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        when(registration.state()).thenReturn(PartnerFileRegistration.State.REFUSED);
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
    }

    private static MockServerWebExchange exchange() {
        return MockServerWebExchange.from(MockServerHttpRequest.post("/v1.0/transfer-va/payment"));
    }
}
