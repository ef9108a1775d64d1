package id.jamsostek.gateway.employer;

import id.jamsostek.gateway.caller.EmployerCaller;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.util.Map;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The employer a request is about ({npp} and {division} of its path) must be one the platform is registered for:
 * else 403 employer-out-of-scope, before the body is judged, a key used or the core asked, so a platform learns
 * nothing of employers that are not its own, not even whether they exist.
 */
@Component
public class EmployerGrantGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

    @Override
    public GatewayFilter apply(Object config) {
        return (exchange, chain) -> Mono.defer(() -> {
            EmployerCaller caller = EmployerCaller.of(exchange)
                    .orElseThrow(() -> new GatewayException(Problem.INSUFFICIENT_SCOPE,
                            "this operation is for employer platforms"));
            Map<String, String> path = ServerWebExchangeUtils.getUriTemplateVariables(exchange);
            caller.requireActingFor(path.get("npp"), path.get("division"));
            return chain.filter(exchange);
        });
    }
}
