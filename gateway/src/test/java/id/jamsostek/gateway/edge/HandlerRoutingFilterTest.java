package id.jamsostek.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class HandlerRoutingFilterTest {

    private final AtomicBoolean chainCalled = new AtomicBoolean();
    private final GatewayFilterChain chain = exchange -> {
        chainCalled.set(true);
        return Mono.empty();
    };

    @Test
    void endsARouteInTheHandlerItsUriNamesWithThePathVariablesOfTheRoute() {
        HandlerRoutingFilter filter = filter(gateway("village-renewals"), new RouteHandlers().handle("village-renewals",
                request -> ServerResponse.status(HttpStatus.ACCEPTED).bodyValue(request.pathVariable("villageCode"))));
        MockServerWebExchange exchange = routed("village-renewals", "/village/v1/villages/3603012001/renewals");
        ServerWebExchangeUtils.putUriTemplateVariables(exchange, Map.of("villageCode", "3603012001"));
        exchange.getAttributes().put(ServerWebExchangeUtils.GATEWAY_PREDICATE_MATCHED_PATH_ATTR,
                "/village/v1/villages/{villageCode}/renewals");
        ServerRequestObservationContext observed = new ServerRequestObservationContext(exchange.getRequest(),
                exchange.getResponse(), exchange.getAttributes());
        exchange.getAttributes().put(ServerRequestObservationContext.CURRENT_OBSERVATION_CONTEXT_ATTRIBUTE, observed);

        StepVerifier.create(filter.filter(exchange, chain)).verifyComplete();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(exchange.getResponse().getBodyAsString().block()).isEqualTo("3603012001");
        assertThat(observed.getPathPattern()).isEqualTo("/village/v1/villages/{villageCode}/renewals");
        assertThat(ServerWebExchangeUtils.isAlreadyRouted(exchange)).isTrue();
        assertThat(chainCalled).isFalse();
    }

    @Test
    void leavesAnyOtherRouteToTheRestOfTheChain() {
        HandlerRoutingFilter filter = filter(gateway("village-renewals"),
                new RouteHandlers().handle("village-renewals", request -> ServerResponse.ok().build()));
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/sim/v1/ping"));
        exchange.getAttributes().put(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR, Route.async().id("passthrough")
                .uri("http://127.0.0.1:8091").predicate(e -> true).build());

        StepVerifier.create(filter.filter(exchange, chain)).verifyComplete();

        assertThat(chainCalled).isTrue();
        assertThat(exchange.getResponse().getStatusCode()).isNull();
    }

    @Test
    void aRouteAddedAtRunTimeNamingNoHandlerFindsNothing() {
        HandlerRoutingFilter filter = filter(gateway("village-renewals"),
                new RouteHandlers().handle("village-renewals", request -> ServerResponse.ok().build()));

        StepVerifier.create(filter.filter(routed("village-elsewhere", "/village/v1/elsewhere"), chain))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(GatewayException.class,
                        refused -> assertThat(refused.problem()).isEqualTo(Problem.NOT_FOUND)))
                .verify();
        assertThat(chainCalled).isFalse();
    }

    @Test
    void aRouteNamingNoHandlerOrAHandlerNoRouteNamesStopsTheStart() {
        assertThatIllegalStateException()
                .isThrownBy(() -> filter(gateway("snap-va-payment", "snap-va-inquiry"),
                        new RouteHandlers().handle("snap-va-payment", request -> ServerResponse.ok().build())
                                .handle("snap-va-refund", request -> ServerResponse.ok().build())))
                .withMessageContaining("[snap-va-inquiry]").withMessageContaining("[snap-va-refund]");
    }

    @Test
    void aHandlerUriWithoutANameStopsTheStart() {
        GatewayProperties gateway = gateway();
        RouteDefinition route = new RouteDefinition();
        route.setId("snap-va-payment");
        route.setUri(URI.create("handler:snap-va-payment"));
        gateway.getRoutes().add(route);

        assertThatIllegalStateException().isThrownBy(() -> filter(gateway,
                new RouteHandlers().handle("snap-va-payment", request -> ServerResponse.ok().build())))
                .withMessageContaining("handler://<name>");
    }

    @Test
    void twoHandlersOfOneNameStopTheStart() {
        assertThatIllegalStateException()
                .isThrownBy(() -> filter(gateway("snap-va-payment"),
                        new RouteHandlers().handle("snap-va-payment", request -> ServerResponse.ok().build()),
                        new RouteHandlers().handle("snap-va-payment", request -> ServerResponse.ok().build())))
                .withMessageContaining("snap-va-payment");
        assertThatIllegalStateException().isThrownBy(() -> new RouteHandlers()
                .handle("snap-va-payment", request -> ServerResponse.ok().build())
                .handle("snap-va-payment", request -> ServerResponse.ok().build()));
    }

    private static HandlerRoutingFilter filter(GatewayProperties gateway, RouteHandlers... declared) {
        return new HandlerRoutingFilter(List.of(declared), gateway, ServerCodecConfigurer.create());
    }

    private static GatewayProperties gateway(String... handlerRoutes) {
        GatewayProperties gateway = new GatewayProperties();
        for (String id : handlerRoutes) {
            RouteDefinition route = new RouteDefinition();
            route.setId(id);
            route.setUri(URI.create("handler://" + id));
            gateway.getRoutes().add(route);
        }
        return gateway;
    }

    private static MockServerWebExchange routed(String id, String path) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get(path));
        exchange.getAttributes().put(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR,
                Route.async().id(id).uri("handler://" + id).predicate(e -> true).build());
        return exchange;
    }
}
