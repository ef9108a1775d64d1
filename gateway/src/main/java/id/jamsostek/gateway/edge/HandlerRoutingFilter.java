package id.jamsostek.gateway.edge;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_PREDICATE_MATCHED_PATH_ATTR;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR;

import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.codec.HttpMessageReader;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Ends a gateway route in its handler, inside the route's own filter chain: {@code uri: handler://snap-va-payment}
 * calls the handler declared under that name ({@link RouteHandlers}) with the exchange as the filters left it. The
 * Path predicate's URI variables are the handler's path variables, and its pattern is the {@code uri} of
 * http.server.requests. Spring Cloud Gateway's {@code forward:} reached the same handlers through a second dispatch
 * of WebFlux (two copies of the request, every router function tried again, a result handler): 2 % of a payment's
 * CPU. A route naming no handler, or a handler no route names, stops the start.
 */
@Component
public class HandlerRoutingFilter implements GlobalFilter, Ordered {

    static final String SCHEME = "handler";

    private final Map<String, HandlerFunction<ServerResponse>> handlers;
    private final List<HttpMessageReader<?>> readers;
    private final ServerResponse.Context writing;

    HandlerRoutingFilter(List<RouteHandlers> declared, GatewayProperties gateway, ServerCodecConfigurer codecs) {
        this.handlers = named(declared, gateway);
        this.readers = codecs.getReaders();
        List<HttpMessageWriter<?>> writers = codecs.getWriters();
        this.writing = new ServerResponse.Context() {
            @Override
            public List<HttpMessageWriter<?>> messageWriters() {
                return writers;
            }

            @Override
            public List<ViewResolver> viewResolvers() {
                return List.of();
            }
        };
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Route route = exchange.getAttribute(GATEWAY_ROUTE_ATTR);
        if (route == null || !SCHEME.equals(route.getUri().getScheme())
                || ServerWebExchangeUtils.isAlreadyRouted(exchange)) {
            return chain.filter(exchange);
        }
        String name = route.getUri().getHost();
        HandlerFunction<ServerResponse> handler = name == null ? null : handlers.get(name);
        if (handler == null) { // a route added at run time (the actuator's gateway endpoint) naming no handler
            return Mono.error(new GatewayException(Problem.NOT_FOUND));
        }
        ServerWebExchangeUtils.setAlreadyRouted(exchange);
        exchange.getAttributes().put(RouterFunctions.URI_TEMPLATE_VARIABLES_ATTRIBUTE,
                ServerWebExchangeUtils.getUriTemplateVariables(exchange));
        String pattern = exchange.getAttribute(GATEWAY_PREDICATE_MATCHED_PATH_ATTR);
        ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .ifPresent(observed -> observed.setPathPattern(pattern));
        return handler.handle(ServerRequest.create(exchange, readers))
                .flatMap(response -> response.writeTo(exchange, writing));
    }

    /** With the other routing filters: after every filter of the route. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static Map<String, HandlerFunction<ServerResponse>> named(List<RouteHandlers> declared,
            GatewayProperties gateway) {
        Map<String, HandlerFunction<ServerResponse>> handlers = new HashMap<>();
        for (RouteHandlers channel : declared) {
            channel.byName().forEach((name, handler) -> {
                if (handlers.putIfAbsent(name, handler) != null) {
                    throw new IllegalStateException("two handlers named '" + name + "'");
                }
            });
        }
        Set<String> routed = gateway.getRoutes().stream().map(RouteDefinition::getUri)
                .filter(uri -> SCHEME.equals(uri.getScheme())).map(HandlerRoutingFilter::handlerName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(routed);
        missing.removeAll(handlers.keySet());
        Set<String> unrouted = new TreeSet<>(handlers.keySet());
        unrouted.removeAll(routed);
        if (!missing.isEmpty() || !unrouted.isEmpty()) {
            throw new IllegalStateException("gateway routes (spring.cloud.gateway.server.webflux.routes) name handlers "
                    + "none declares: " + missing + "; handlers no route names: " + unrouted);
        }
        return Map.copyOf(handlers);
    }

    private static String handlerName(URI uri) {
        if (uri.getHost() == null) {
            throw new IllegalStateException("a gateway route's uri " + uri + " names no handler: handler://<name>");
        }
        return uri.getHost();
    }
}
