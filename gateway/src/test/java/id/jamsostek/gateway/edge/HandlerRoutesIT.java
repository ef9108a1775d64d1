package id.jamsostek.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.support.GatewayIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.gateway.filter.GlobalFilter;

/** The routing filters a request meets: the gateway's own for its handlers, none for schemes no route has. */
class HandlerRoutesIT extends GatewayIntegrationTest {

    @Autowired
    List<GlobalFilter> filters;

    @Test
    void routesEndInHandlersWithNoForwardingOrWebSocketFilterOnTheWay() {
        assertThat(filters).map(filter -> filter.getClass().getSimpleName())
                .contains("HandlerRoutingFilter", "NettyRoutingFilter", "RouteToRequestUrlFilter")
                .doesNotContain("ForwardRoutingFilter", "ForwardPathFilter", "WebsocketRoutingFilter");
    }
}
