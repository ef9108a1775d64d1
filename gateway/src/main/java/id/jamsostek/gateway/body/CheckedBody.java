package id.jamsostek.gateway.body;

import org.springframework.web.server.ServerWebExchange;
import tools.jackson.databind.JsonNode;

/**
 * The request body's JSON value as {@link ContractBodyGatewayFilterFactory} read and checked it: handlers map this
 * value ({@code JsonMapper.treeToValue}) rather than parse the bytes a second time, so what they act on is what the
 * contract passed.
 */
public final class CheckedBody {

    private static final String ATTRIBUTE = CheckedBody.class.getName();

    private CheckedBody() {}

    static void keep(ServerWebExchange exchange, JsonNode value) {
        exchange.getAttributes().put(ATTRIBUTE, value);
    }

    public static JsonNode of(ServerWebExchange exchange) {
        JsonNode value = exchange.getAttribute(ATTRIBUTE);
        if (value == null) {
            throw new IllegalStateException("route lacks the ContractBody filter");
        }
        return value;
    }
}
