package id.jamsostek.gateway.admin;

import id.jamsostek.gateway.caller.Caller;
import id.jamsostek.gateway.operator.Operator;
import id.jamsostek.gateway.operator.OperatorActions;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.HandlerFilterFunction;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Puts the operator the admin API's security chain authenticated (operator.OperatorSecurity: a bearer token of the
 * identity provider, with a role that allows the call) on the request, as its subject: what {@link AdminRoutes#operator}
 * gives the audit rows of partners, exceptions and breaks, and what the message log reads to know the request
 * authenticated. Every call is recorded in the operators' audit (OperatorActions) with its outcome before it is
 * answered.
 */
@Component
final class AdminOperator implements HandlerFilterFunction<ServerResponse, ServerResponse> {

    /** What the audit keeps of a subject (operator_action.subject, partner_audit.operator). */
    private static final int MAX_SUBJECT = 200;

    private final OperatorActions actions;

    AdminOperator(OperatorActions actions) {
        this.actions = actions;
    }

    @Override
    public Mono<ServerResponse> filter(ServerRequest request, HandlerFunction<ServerResponse> next) {
        return request.principal()
                .filter(Authentication.class::isInstance).mapNotNull(principal -> Operator.of((Authentication) principal))
                .switchIfEmpty(Mono.error(() -> new GatewayException(Problem.UNAUTHORIZED, "operator")))
                .flatMap(operator -> {
                    if (operator.subject().length() > MAX_SUBJECT) {
                        return Mono.error(new GatewayException(Problem.UNAUTHORIZED,
                                "the token's subject is longer than 200 characters"));
                    }
                    request.attributes().put(Caller.OPERATOR_ATTRIBUTE, operator.subject());
                    return Mono.defer(() -> next.handle(request))
                            .flatMap(response -> actions.record(operator, request.exchange(),
                                    response.statusCode().value()).thenReturn(response))
                            .onErrorResume(error -> actions.record(operator, request.exchange(),
                                    error instanceof GatewayException known ? known.problem().status() : 500)
                                    .then(Mono.error(error)));
                });
    }
}
