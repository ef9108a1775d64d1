package id.jamsostek.gateway.batch;

import id.jamsostek.gateway.body.CheckedBody;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.util.List;
import java.util.Map;
import org.springframework.web.server.ServerWebExchange;
import tools.jackson.databind.JsonNode;

/** A batch as every channel sends it, {"items": [...]}, already checked against its contract. */
public final class BatchRequest {

    private BatchRequest() {}

    /** The items, refused whole (400 pointing at /items) when there are more than the channel takes at once. */
    public static JsonNode items(ServerWebExchange exchange, int maxItems) {
        JsonNode items = CheckedBody.of(exchange).get("items");
        if (items.size() > maxItems) {
            throw new GatewayException(Problem.INVALID_FIELD_FORMAT, "items", Map.of("errors", List.of(Map.of(
                    "pointer", "/items", "detail", "at most " + maxItems + " people a batch"))));
        }
        return items;
    }
}
