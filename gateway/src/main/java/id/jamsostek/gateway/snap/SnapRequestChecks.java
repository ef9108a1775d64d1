package id.jamsostek.gateway.snap;

import id.jamsostek.gateway.partner.BankPartner;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.snap.SnapTimestamp;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;

/** The checks both SNAP authentication filters make; each throws the {@link GatewayException} that names the fault. */
final class SnapRequestChecks {

    static final String UNKNOWN_CLIENT = "Unknown Client";
    static final String FORBIDDEN = "Client Forbidden Access API";

    private SnapRequestChecks() {}

    static void requirePost(ServerWebExchange exchange) {
        if (exchange.getRequest().getMethod() != HttpMethod.POST) {
            exchange.getResponse().getHeaders().set(HttpHeaders.ALLOW, HttpMethod.POST.name());
            throw new GatewayException(Problem.METHOD_NOT_ALLOWED);
        }
    }

    static String header(ServerHttpRequest request, String name) {
        String value = request.getHeaders().getFirst(name);
        if (value == null || value.isBlank()) {
            throw new GatewayException(Problem.MISSING_MANDATORY_FIELD, name);
        }
        return value;
    }

    static String header(ServerHttpRequest request, String name, Pattern format) {
        String value = header(request, name);
        if (!format.matcher(value).matches()) {
            throw new GatewayException(Problem.INVALID_FIELD_FORMAT, name);
        }
        return value;
    }

    static void requireFreshTimestamp(String timestamp, Clock clock, Duration skew) {
        try {
            OffsetDateTime stamp = SnapTimestamp.parse(timestamp);
            if (!SnapTimestamp.withinSkew(stamp, clock.instant(), skew)) {
                throw new GatewayException(Problem.INVALID_FIELD_FORMAT, SnapHeaders.TIMESTAMP);
            }
        } catch (DateTimeParseException e) {
            throw new GatewayException(Problem.INVALID_FIELD_FORMAT, SnapHeaders.TIMESTAMP);
        }
    }

    /** Enabled, calling from an allowed address, on its own prefix. Disabled and unknown look alike from outside. */
    static void requireAdmitted(BankPartner partner, ServerWebExchange exchange) {
        if (!partner.enabled()) {
            throw new GatewayException(Problem.UNAUTHORIZED, UNKNOWN_CLIENT);
        }
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null || remote.getAddress() == null || !partner.allows(remote.getAddress())) {
            throw new GatewayException(Problem.UNAUTHORIZED, FORBIDDEN);
        }
        if (!partner.profile().pathPrefix().equals(SnapRequestPath.of(exchange).prefix())) {
            throw new GatewayException(Problem.UNAUTHORIZED, FORBIDDEN);
        }
    }
}
