package id.jamsostek.gateway.console;

import id.jamsostek.gateway.operator.Operator;
import id.jamsostek.gateway.operator.OperatorAudit;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.HandlerFilterFunction;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Runs every console request as its signed-in operator, audited as the admin API's calls are ({@link OperatorAudit}):
 * the sign-in and the roles are Spring Security's (someone without a role never gets here:
 * operator.ConsoleAuthorization); without an authenticated operator (no sign-in configured) the console does not exist
 * (404), closed by default like the admin API.
 */
@Component
class ConsoleAccess implements HandlerFilterFunction<ServerResponse, ServerResponse> {

    static final String OPERATOR = ConsoleAccess.class.getName() + ".operator";

    private final OperatorAudit audit;

    ConsoleAccess(OperatorAudit audit) {
        this.audit = audit;
    }

    @Override
    public Mono<ServerResponse> filter(ServerRequest request, HandlerFunction<ServerResponse> next) {
        return audit.asOperator(request, () -> new GatewayException(Problem.NOT_FOUND), operator -> {
            request.attributes().put(OPERATOR, operator);
            return next.handle(request);
        });
    }

    static Operator operator(ServerRequest request) {
        return (Operator) request.attribute(OPERATOR)
                .orElseThrow(() -> new IllegalStateException("console handler without ConsoleAccess"));
    }
}
