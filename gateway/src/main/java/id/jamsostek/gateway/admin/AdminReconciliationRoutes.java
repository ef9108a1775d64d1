package id.jamsostek.gateway.admin;

import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.gateway.reconciliation.BankDayReconciliation;
import id.jamsostek.gateway.reconciliation.ReconciliationStore;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Reconciliation for operators: reconcile a bank's day three ways, from the CSV it uploads (BankReportCsv) or from
 * its own SNAP report service ({@code source=snap}), read a run and its breaks, close a break once settled. For operators (operator.OperatorSecurity).
 */
@Configuration(proxyBeanMethods = false)
public class AdminReconciliationRoutes {

    @Bean
    RouterFunction<ServerResponse> reconciliationApi(BankDayReconciliation reconcile, ReconciliationStore runs,
            AdminOperator admin) {
        return RouterFunctions.route()
                .path("/admin/v1", api -> api
                        .POST("/reconciliations", request -> {
                            String bank = request.queryParam("bank")
                                    .orElseThrow(() -> new GatewayException(Problem.MISSING_MANDATORY_FIELD, "bank"));
                            LocalDate day = day(request);
                            boolean fromBank = request.queryParam("source").map("snap"::equals).orElse(false);
                            return (fromBank ? reconcile.fromBank(bank, day)
                                    : reconcile.fromCsv(bank, day, request.bodyToMono(String.class)))
                                    .flatMap(run -> ServerResponse.status(HttpStatus.CREATED)
                                            .location(URI.create("/admin/v1/reconciliations/" + run.id()))
                                            .contentType(MediaType.APPLICATION_JSON).bodyValue(run));
                        })
                        .GET("/reconciliations/{id}", request -> runs.find(runId(request))
                                .switchIfEmpty(Mono.error(() -> new GatewayException(Problem.NOT_FOUND)))
                                .flatMap(run -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                                        .bodyValue(run)))
                        .POST("/reconciliation-breaks/{id}/close", request -> {
                            String operator = AdminRoutes.operator(request);
                            long id = AdminRoutes.id(request);
                            return runs.close(id, operator, request.queryParam("note").orElse(""))
                                    .flatMap(done -> AdminRoutes.found(done, Map.of("closed", id)));
                        }))
                .filter(admin)
                .build();
    }

    private static LocalDate day(ServerRequest request) {
        try {
            return LocalDate.parse(request.queryParam("date")
                    .orElseThrow(() -> new GatewayException(Problem.MISSING_MANDATORY_FIELD, "date")));
        } catch (DateTimeParseException e) {
            throw new GatewayException(Problem.INVALID_QUERY_PARAMETER, "date is YYYY-MM-DD");
        }
    }

    private static UUID runId(ServerRequest request) {
        try {
            return UUID.fromString(request.pathVariable("id"));
        } catch (IllegalArgumentException e) {
            throw new GatewayException(Problem.NOT_FOUND);
        }
    }
}
