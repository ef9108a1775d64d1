package id.jamsostek.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.route.RouteDefinition;

class ForwardPathsTest {

    private static RouteDefinition route(String id, String uri) {
        RouteDefinition route = new RouteDefinition();
        route.setId(id);
        route.setUri(URI.create(uri));
        return route;
    }

    private static ForwardPaths of(RouteDefinition... routes) {
        GatewayProperties gateway = new GatewayProperties();
        gateway.setRoutes(List.of(routes));
        return new ForwardPaths(gateway);
    }

    @Test
    void givesThePathARouteForwardsTo() {
        ForwardPaths paths = of(route("snap-va-payment", "forward:/internal/snap/va-payment"),
                route("elsewhere", "https://core.example/v1"));
        assertThat(paths.of("snap-va-payment")).isEqualTo("/internal/snap/va-payment");
    }

    @Test
    void refusesARouteThatForwardsNowhereNamingIt() {
        ForwardPaths paths = of(route("elsewhere", "https://core.example/v1"));
        assertThatThrownBy(() -> paths.of("elsewhere")).hasMessageContaining("'elsewhere'");
        assertThatThrownBy(() -> paths.of("missing")).hasMessageContaining("'missing'");
    }
}
