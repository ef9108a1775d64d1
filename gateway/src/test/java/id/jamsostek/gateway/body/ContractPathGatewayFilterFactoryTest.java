package id.jamsostek.gateway.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** Path parameters judged by the employer contract's schemas, on a mock exchange. */
class ContractPathGatewayFilterFactoryTest {

    private final AtomicBoolean passedOn = new AtomicBoolean();

    private static GatewayFilter filter(String operation) {
        ContractPathGatewayFilterFactory.Config config = new ContractPathGatewayFilterFactory.Config();
        config.setContract("contracts/employer/openapi.yaml");
        config.setOperation(operation);
        return new ContractPathGatewayFilterFactory().apply(config);
    }

    private static MockServerWebExchange bill(String npp, String division, String period) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get(
                "/employer/v1/employers/" + npp + "/divisions/" + division + "/contribution-bills/" + period));
        ServerWebExchangeUtils.putUriTemplateVariables(exchange,
                Map.of("npp", npp, "division", division, "period", period));
        return exchange;
    }

    private Mono<Void> run(MockServerWebExchange exchange) {
        return filter("contributionBill").filter(exchange, e -> Mono.fromRunnable(() -> passedOn.set(true)));
    }

    @Test
    void passesOnParametersTheContractAccepts() {
        StepVerifier.create(run(bill("19012345", "000", "2026-11"))).verifyComplete();
        assertThat(passedOn).isTrue();
    }

    @Test
    void refusesAParameterOfTheWrongFormatNamingIt() {
        for (String[] bad : new String[][] {{"1901234X", "000", "2026-11", "npp"}, {"19012345", "000", "2026-13", "period"},
                {"19012345", "0", "2026-11", "division"}}) {
            StepVerifier.create(run(bill(bad[0], bad[1], bad[2])))
                    .expectErrorSatisfies(error -> {
                        assertThat(((GatewayException) error).problem()).isEqualTo(Problem.INVALID_QUERY_PARAMETER);
                        assertThat(((GatewayException) error).detail()).startsWith(bad[3] + " ");
                    })
                    .verify();
        }
        assertThat(passedOn).isFalse();
    }

    @Test
    void aRouteNamingAnOperationTheContractLacksIsNotBuilt() {
        assertThatThrownBy(() -> filter("noSuchOperation")).hasMessageContaining("noSuchOperation");
    }
}
