package id.jamsostek.gateway.edge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Handlers of the gateway's own routes, by name: a route whose uri is {@code handler://<name>} ends, once its filters
 * have passed, in the handler declared under that name ({@link HandlerRoutingFilter}). Each channel declares its
 * handlers in one bean of this type.
 */
public final class RouteHandlers {

    private final Map<String, HandlerFunction<ServerResponse>> byName = new LinkedHashMap<>();

    public RouteHandlers handle(String name, HandlerFunction<ServerResponse> handler) {
        if (byName.putIfAbsent(name, handler) != null) {
            throw new IllegalStateException("two handlers named '" + name + "'");
        }
        return this;
    }

    Map<String, HandlerFunction<ServerResponse>> byName() {
        return Collections.unmodifiableMap(byName);
    }
}
