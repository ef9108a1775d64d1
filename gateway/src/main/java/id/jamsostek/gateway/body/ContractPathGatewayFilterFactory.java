package id.jamsostek.gateway.body;

import id.jamsostek.contracts.validation.ContractOperation;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.util.List;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Checks the path parameters of a request ({npp}, {period}, {batchId}...) against the schemas its operation in
 * contracts/ gives them: a breach is 400 invalid-query-parameter naming the parameter, before grants are judged or
 * the body read, so a malformed NPP is a malformed request, not someone else's employer.
 */
@Component
public class ContractPathGatewayFilterFactory
        extends AbstractGatewayFilterFactory<ContractPathGatewayFilterFactory.Config> {

    public ContractPathGatewayFilterFactory() {
        super(Config.class);
    }

    public static class Config {
        /** Classpath location of the OpenAPI contract, e.g. contracts/employer/openapi.yaml. */
        private String contract;
        /** The operationId whose path parameters the route takes. */
        private String operation;

        public String getContract() {
            return contract;
        }

        public void setContract(String contract) {
            this.contract = contract;
        }

        public String getOperation() {
            return operation;
        }

        public void setOperation(String operation) {
            this.operation = operation;
        }

        @Override
        public String toString() {
            return "ContractPath[contract=" + contract + ", operation=" + operation + "]";
        }
    }

    @Override
    public List<String> shortcutFieldOrder() {
        return List.of("contract", "operation");
    }

    @Override
    public GatewayFilter apply(Config config) {
        ContractOperation operation = ContractOperation.load(config.getContract(), config.getOperation());
        return new GatewayFilter() {
            @Override
            public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
                return operation.firstInvalidPathParameter(ServerWebExchangeUtils.getUriTemplateVariables(exchange))
                        .<Mono<Void>>map(name -> Mono.error(new GatewayException(Problem.INVALID_QUERY_PARAMETER,
                                name + " has the wrong format")))
                        .orElseGet(() -> chain.filter(exchange));
            }

            @Override
            public String toString() {
                return config.toString();
            }
        };
    }
}
