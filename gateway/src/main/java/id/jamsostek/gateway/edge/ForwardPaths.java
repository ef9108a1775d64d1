package id.jamsostek.gateway.edge;

import java.net.URI;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.stereotype.Component;

/**
 * The internal paths the gateway routes forward to, declared once: by the routes in {@code application.yml}
 * ({@code uri: forward:/internal/...}). The route classes map their handlers on what the routes say, so a route and
 * its handler cannot drift apart; a route id that forwards nowhere stops the start.
 */
@Component
public class ForwardPaths {

    private final Map<String, String> byRoute;

    public ForwardPaths(GatewayProperties gateway) {
        this.byRoute = gateway.getRoutes().stream().filter(route -> "forward".equals(route.getUri().getScheme()))
                .collect(Collectors.toUnmodifiableMap(RouteDefinition::getId, route -> path(route.getUri())));
    }

    /** The path the route of this id forwards to, e.g. {@code /internal/snap/va-payment}. */
    public String of(String routeId) {
        String path = byRoute.get(routeId);
        if (path == null) {
            throw new IllegalStateException("no gateway route '" + routeId + "' forwards to a handler: see "
                    + "spring.cloud.gateway.server.webflux.routes in application.yml");
        }
        return path;
    }

    private static String path(URI forward) {
        return forward.getPath();
    }
}
