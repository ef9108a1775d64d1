package id.jamsostek.gateway.admin;

import id.jamsostek.gateway.caller.Caller;
import id.jamsostek.gateway.operations.OperationsDocument;
import id.jamsostek.gateway.operations.OperationsSampler;
import id.jamsostek.gateway.outbox.OutboxStore;
import id.jamsostek.gateway.payment.PaymentExceptionStore;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The minimal operators' API: outbox depth and dead letters (list, re-drive), the payment exception list (list,
 * close) and the operations figures (as on the gauges, sampled afresh, with this instance's core breakers). Every
 * call needs an operator's token of a role that allows it (operator.OperatorSecurity); partners and keys have their own routes (AdminPartnerRoutes, AdminKeyRoutes).
 */
@Configuration(proxyBeanMethods = false)
public class AdminRoutes {

    private static final int PAGE = 500;

    @Bean
    RouterFunction<ServerResponse> adminApi(OutboxStore outbox, PaymentExceptionStore exceptions,
            OperationsSampler operations, CircuitBreakerRegistry breakers, AdminOperator admin) {
        return RouterFunctions.route()
                .path("/admin/v1", api -> api
                        .GET("/operations", request -> ServerResponse.ok().body(operations.sample()
                                .map(snapshot -> OperationsDocument.of(snapshot, breakers)), OperationsDocument.class))
                        .GET("/outbox", request -> ServerResponse.ok().body(outbox.depth(), OutboxStore.Depth.class))
                        .GET("/outbox/dead", request -> ServerResponse.ok()
                                .body(outbox.deadLetters(PAGE).collectList(), java.util.List.class))
                        .POST("/outbox/{id}/redrive", request -> outbox.redrive(id(request))
                                .flatMap(done -> found(done, Map.of("redriven", id(request)))))
                        .GET("/payment-exceptions", request -> ServerResponse.ok()
                                .body(exceptions.list(request.queryParam("state").orElse("OPEN"), PAGE).collectList(),
                                        java.util.List.class))
                        .POST("/payment-exceptions/{id}/close", request -> exceptions.close(id(request),
                                        operator(request), request.queryParam("note").orElse(""))
                                .flatMap(done -> found(done, Map.of("closed", id(request))))))
                .filter(admin)
                .build();
    }

    /** Who does something: the subject of the operator's token (AdminOperator), for the audit. */
    static String operator(ServerRequest request) {
        return request.attribute(Caller.OPERATOR_ATTRIBUTE).map(String.class::cast)
                .orElseThrow(() -> new GatewayException(Problem.UNAUTHORIZED, "operator"));
    }

    static long id(ServerRequest request) {
        try {
            return Long.parseLong(request.pathVariable("id"));
        } catch (NumberFormatException e) {
            throw new GatewayException(Problem.INVALID_FIELD_FORMAT, "id");
        }
    }

    static Mono<ServerResponse> found(boolean done, Object body) {
        return done ? ServerResponse.ok().bodyValue(body) : Mono.error(new GatewayException(Problem.NOT_FOUND));
    }
}
