package id.jamsostek.gateway.console;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The pages around signing in that need no operator: where signing out lands, and where a failed sign-in does (the
 * security chain counts and audits it first, operator.OperatorRefusals), each with a link to sign in again.
 */
@Configuration(proxyBeanMethods = false)
class SignInPages {

    @Bean
    RouterFunction<ServerResponse> signedOutAndSignInFailed() {
        return RouterFunctions.route()
                .GET(ConsoleRoutes.PATH + "/signed-out", request -> ConsoleResponses.withoutOperator(request,
                        HttpStatus.OK, "console/signed-out", Map.of("page", "signedOut")))
                .GET(ConsoleRoutes.PATH + "/sign-in-failed", request -> ConsoleResponses.withoutOperator(request,
                        HttpStatus.UNAUTHORIZED, "console/signed-out", Map.of("page", "signInFailed")))
                .build();
    }
}
