package id.jamsostek.gateway.snap;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_PREDICATE_MATCHED_PATH_ATTR;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.cloud.gateway.handler.predicate.AbstractRoutePredicateFactory;
import org.springframework.cloud.gateway.handler.predicate.GatewayPredicate;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Matches a SNAP service path behind any bank's prefix ("/v1.0/transfer-va/inquiry", "/openapi/v1.0/..."). The
 * prefix is checked against the calling bank's profile once the bank is known; the path as the client sent it
 * (prefix and query string included, before any rewriting) is kept for the signature. The service path is the
 * matched pattern, as a Path predicate's is: the route's {@code uri} in http.server.requests.
 */
@Component
public class SnapPathRoutePredicateFactory extends AbstractRoutePredicateFactory<SnapPathRoutePredicateFactory.Config> {

    private static final Pattern PREFIX = Pattern.compile("(/[A-Za-z0-9._~-]+)*");

    public SnapPathRoutePredicateFactory() {
        super(Config.class);
    }

    public static class Config {
        private SnapService service;

        public SnapService getService() {
            return service;
        }

        public void setService(SnapService service) {
            this.service = service;
        }

        @Override
        public String toString() {
            return "SnapPath[service=" + service + "]";
        }
    }

    @Override
    public List<String> shortcutFieldOrder() {
        return List.of("service");
    }

    @Override
    public Predicate<ServerWebExchange> apply(Config config) {
        String servicePath = config.getService().path();
        return new GatewayPredicate() {
            @Override
            public boolean test(ServerWebExchange exchange) {
                String path = exchange.getRequest().getURI().getRawPath();
                if (!path.endsWith(servicePath)) {
                    return false;
                }
                String prefix = path.substring(0, path.length() - servicePath.length());
                if (!PREFIX.matcher(prefix).matches()) {
                    return false;
                }
                String query = exchange.getRequest().getURI().getRawQuery();
                SnapRequestPath.keep(exchange, new SnapRequestPath(prefix, query == null ? path : path + "?" + query));
                exchange.getAttributes().put(GATEWAY_PREDICATE_MATCHED_PATH_ATTR, servicePath);
                return true;
            }

            @Override
            public Object getConfig() {
                return config;
            }

            @Override
            public String toString() {
                return config.toString();
            }
        };
    }
}
