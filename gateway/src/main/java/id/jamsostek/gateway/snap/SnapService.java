package id.jamsostek.gateway.snap;

import java.util.Map;
import java.util.Optional;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.web.server.ServerWebExchange;

/** The SNAP services the biller hosts; a route names its service in its metadata under {@link #METADATA_KEY}. */
public enum SnapService {
    ACCESS_TOKEN_B2B("73", "/v1.0/access-token/b2b"),
    VA_INQUIRY("24", "/v1.0/transfer-va/inquiry"),
    VA_PAYMENT("25", "/v1.0/transfer-va/payment");

    public static final String METADATA_KEY = "snap-service";

    private final String code;
    private final String path;

    SnapService(String code, String path) {
        this.code = code;
        this.path = path;
    }

    public String code() {
        return code;
    }

    public String path() {
        return path;
    }

    /** The SNAP service of the route this exchange matched, if it is a SNAP route. */
    public static Optional<SnapService> of(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (route == null) {
            return Optional.empty();
        }
        Map<String, Object> metadata = route.getMetadata();
        Object name = metadata.get(METADATA_KEY);
        return name == null ? Optional.empty() : Optional.of(valueOf(name.toString()));
    }
}
