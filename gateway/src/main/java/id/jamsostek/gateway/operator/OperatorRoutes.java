package id.jamsostek.gateway.operator;

import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * {@code GET /console/me}: who is signed in to the console and with which roles, for the console's pages to show the
 * name and to offer only the actions the roles allow (the security chain enforces them anyway).
 */
@Configuration(proxyBeanMethods = false)
class OperatorRoutes {

    @Bean
    RouterFunction<ServerResponse> signedInOperator() {
        return RouterFunctions.route()
                .GET(OperatorSecurity.CONSOLE + "/me", request -> Operator.current()
                        .switchIfEmpty(Mono.error(() -> new GatewayException(Problem.UNAUTHORIZED, "operator")))
                        .flatMap(operator -> {
                            Map<String, Object> body = new LinkedHashMap<>();
                            body.put("subject", operator.subject());
                            body.put("name", operator.name());
                            body.put("roles", operator.roles().stream().map(Role::claimValue).toList());
                            return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                                    .cacheControl(CacheControl.noStore()).bodyValue(body);
                        }))
                .build();
    }
}
