package id.jamsostek.gateway.admin;

import id.jamsostek.gateway.caller.Caller;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.HandlerFilterFunction;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Lets an operator in with the admin token (GATEWAY_ADMIN_TOKEN). Without a configured token the admin API does not
 * exist (404): closed by default.
 */
@Component
final class AdminAuthentication implements HandlerFilterFunction<ServerResponse, ServerResponse> {

    private static final String BEARER = "Bearer ";

    private final byte[] token;

    AdminAuthentication(AdminSettings settings) {
        String configured = settings.token();
        this.token = configured == null || configured.isBlank() ? null : configured.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Mono<ServerResponse> filter(ServerRequest request, HandlerFunction<ServerResponse> next) {
        if (token == null) {
            return Mono.error(new GatewayException(Problem.NOT_FOUND));
        }
        String authorization = request.headers().firstHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.startsWith(BEARER) || !MessageDigest.isEqual(token,
                authorization.substring(BEARER.length()).getBytes(StandardCharsets.UTF_8))) {
            return Mono.error(new GatewayException(Problem.UNAUTHORIZED, "admin token"));
        }
        request.attributes().put(Caller.OPERATOR_ATTRIBUTE, Boolean.TRUE); // the exchange's: the message log reads it
        return next.handle(request);
    }
}
