package id.jamsostek.gateway.employer;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.adapters.core.Deadline;
import id.jamsostek.contracts.RegionScope;
import id.jamsostek.gateway.caller.EmployerCaller;
import id.jamsostek.gateway.caller.VillageCaller;
import id.jamsostek.gateway.partner.EmployerGrant;
import id.jamsostek.gateway.partner.EmployerPlatform;
import id.jamsostek.gateway.partner.VillagePartner;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class EmployerGrantGatewayFilterFactoryTest {

    private static final EmployerPlatform PLATFORM = new EmployerPlatform("payroll-x", "Payroll X", true,
            EmployerPlatform.SCOPES, List.of(EmployerGrant.of("19012345/*"), EmployerGrant.of("19012346/000")));

    private final GatewayFilter filter = new EmployerGrantGatewayFilterFactory().apply(new Object());
    private final AtomicBoolean passedOn = new AtomicBoolean();

    private MockServerWebExchange exchange(String npp, String division) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest
                .post("/employer/v1/employers/" + npp + "/divisions/" + division + "/employees"));
        ServerWebExchangeUtils.putUriTemplateVariables(exchange, Map.of("npp", npp, "division", division));
        return exchange;
    }

    private Mono<Void> run(MockServerWebExchange exchange) {
        return filter.filter(exchange, e -> Mono.fromRunnable(() -> passedOn.set(true)));
    }

    @Test
    void passesOnAnEmployerWithinTheGrantsEveryDivisionOrTheOneGranted() {
        for (String[] employer : new String[][] {{"19012345", "000"}, {"19012345", "007"}, {"19012346", "000"}}) {
            passedOn.set(false);
            MockServerWebExchange exchange = exchange(employer[0], employer[1]);
            new EmployerCaller(PLATFORM, Deadline.in(Duration.ofSeconds(5))).keep(exchange);
            StepVerifier.create(run(exchange)).verifyComplete();
            assertThat(passedOn).as("%s/%s", employer[0], employer[1]).isTrue();
        }
    }

    @Test
    void refusesAnotherDivisionOrAnotherEmployerWith403AndPassesNothingOn() {
        for (String[] employer : new String[][] {{"19012346", "001"}, {"99999999", "000"}}) {
            MockServerWebExchange exchange = exchange(employer[0], employer[1]);
            new EmployerCaller(PLATFORM, Deadline.in(Duration.ofSeconds(5))).keep(exchange);
            StepVerifier.create(run(exchange))
                    .expectErrorSatisfies(error -> assertThat(((GatewayException) error).problem())
                            .isEqualTo(Problem.EMPLOYER_OUT_OF_SCOPE))
                    .verify();
        }
        assertThat(passedOn).isFalse();
    }

    @Test
    void refusesAVillagesTokenOnAnEmployerRoute() {
        MockServerWebExchange exchange = exchange("19012345", "000");
        new VillageCaller(new VillagePartner("sid-x", "SID X", true, VillagePartner.SCOPES,
                List.of(RegionScope.of("3603"))), Deadline.in(Duration.ofSeconds(5))).keep(exchange);
        StepVerifier.create(run(exchange))
                .expectErrorSatisfies(error -> assertThat(((GatewayException) error).problem())
                        .isEqualTo(Problem.INSUFFICIENT_SCOPE))
                .verify();
        assertThat(passedOn).isFalse();
    }
}
