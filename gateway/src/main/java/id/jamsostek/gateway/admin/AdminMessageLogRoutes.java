package id.jamsostek.gateway.admin;

import id.jamsostek.gateway.messagelog.MessageLogVerifier;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Verifies the message log on demand ({@code GET /admin/v1/message-log/verify?month=YYYY-MM[&instance=ID]}), the same
 * checks as bin/verify-message-log; a month at a time keeps the call short. For security officers (operator.OperatorSecurity).
 */
@Configuration(proxyBeanMethods = false)
public class AdminMessageLogRoutes {

    @Bean
    RouterFunction<ServerResponse> messageLogApi(MessageLogVerifier verifier, AdminOperator admin) {
        return RouterFunctions.route()
                .GET("/admin/v1/message-log/verify", request -> verifier
                        .verify(request.queryParam("instance").orElse(null), month(request))
                        .flatMap(report -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                                .bodyValue(report)))
                .filter(admin)
                .build();
    }

    private static YearMonth month(ServerRequest request) {
        String month = request.queryParam("month")
                .orElseThrow(() -> new GatewayException(Problem.MISSING_MANDATORY_FIELD, "month"));
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new GatewayException(Problem.INVALID_FIELD_FORMAT, "month");
        }
    }
}
