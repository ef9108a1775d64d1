package id.jamsostek.gateway.admin;

import id.jamsostek.gateway.caller.Caller;
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
 * Runs every admin call as the operator the admin API's security chain authenticated (operator.OperatorSecurity: a
 * bearer token of the identity provider, with a role that allows the call), audited by {@link OperatorAudit}, and puts
 * its subject on the request: what {@link AdminRoutes#operator} gives the audit rows of partners, exceptions and
 * breaks, and what the message log reads to know the request authenticated.
 */
@Component
final class AdminOperator implements HandlerFilterFunction<ServerResponse, ServerResponse> {

    private final OperatorAudit audit;

    AdminOperator(OperatorAudit audit) {
        this.audit = audit;
    }

    @Override
    public Mono<ServerResponse> filter(ServerRequest request, HandlerFunction<ServerResponse> next) {
        return audit.asOperator(request, () -> new GatewayException(Problem.UNAUTHORIZED, "operator"), operator -> {
            request.attributes().put(Caller.OPERATOR_ATTRIBUTE, operator.subject());
            return next.handle(request);
        });
    }
}
