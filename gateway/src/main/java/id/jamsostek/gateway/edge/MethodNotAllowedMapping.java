package id.jamsostek.gateway.edge;

import id.jamsostek.contracts.validation.ContractOperation;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.handler.AbstractHandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebHandler;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * The handler mapping after the routes: a request no route took, on a path the partner contracts publish, used a method the path
 * does not take. It is answered 405 with {@code Allow} naming those the contracts give it (RFC 9110 section 15.5.6),
 * where it would otherwise be a 404 for a path that exists. The bank channel's paths check their method themselves.
 */
@Component
public class MethodNotAllowedMapping extends AbstractHandlerMapping {

    /** After the routes (1) and the handlers' router functions, before static resources, whose "/**" answers 404. */
    private static final int AFTER_ROUTES_BEFORE_RESOURCES = 100;

    static final List<String> CONTRACTS = List.of("contracts/village/openapi.yaml", "contracts/employer/openapi.yaml",
            "contracts/payer/openapi.yaml");

    private final Map<PathPattern, Set<String>> methodsByPattern = new LinkedHashMap<>();

    public MethodNotAllowedMapping() {
        setOrder(AFTER_ROUTES_BEFORE_RESOURCES);
        for (String contract : CONTRACTS) {
            ContractOperation.methodsByPath(contract).forEach((path, methods) -> methodsByPattern
                    .computeIfAbsent(PathPatternParser.defaultInstance.parse(path), pattern -> new TreeSet<>())
                    .addAll(methods));
        }
    }

    @Override
    protected Mono<?> getHandlerInternal(ServerWebExchange exchange) {
        Set<String> allowed = new TreeSet<>();
        methodsByPattern.forEach((pattern, methods) -> {
            if (pattern.matches(exchange.getRequest().getPath().pathWithinApplication())) {
                allowed.addAll(methods);
            }
        });
        if (allowed.isEmpty() || allowed.contains(exchange.getRequest().getMethod().name())) {
            return Mono.empty();
        }
        WebHandler refusal = refused -> {
            refused.getResponse().getHeaders().set(HttpHeaders.ALLOW, String.join(", ", allowed));
            UnreadBody.closeAfterAnswer(refused);
            return Mono.error(new GatewayException(Problem.METHOD_NOT_ALLOWED,
                    "this path takes " + String.join(" or ", allowed)));
        };
        return Mono.just(refusal);
    }
}
