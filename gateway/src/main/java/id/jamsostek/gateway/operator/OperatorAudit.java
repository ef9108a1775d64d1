package id.jamsostek.gateway.operator;

import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The one way an operator's request is run and audited, for the admin API and the console alike: as the operator its
 * security chain authenticated, recorded in operator_action (OperatorActions) with the status it is answered with,
 * before the answer leaves.
 */
@Component
public class OperatorAudit {

    /** What the audit keeps of a subject (operator_action.subject, partner_audit.operator). */
    private static final int MAX_SUBJECT = 200;

    private final OperatorActions actions;

    public OperatorAudit(OperatorActions actions) {
        this.actions = actions;
    }

    /**
     * Handles the request as its signed-in operator and records what came of it.
     *
     * @param nobody the refusal when the request has no operator (the admin API: 401; the console: 404)
     */
    public Mono<ServerResponse> asOperator(ServerRequest request, Supplier<GatewayException> nobody,
            Function<Operator, Mono<ServerResponse>> handler) {
        return Operator.current().switchIfEmpty(Mono.error(nobody)).flatMap(operator -> {
            if (operator.subject().length() > MAX_SUBJECT) {
                return Mono.error(new GatewayException(Problem.UNAUTHORIZED,
                        "the token's subject is longer than 200 characters"));
            }
            return Mono.defer(() -> handler.apply(operator))
                    .flatMap(response -> actions.record(operator, request.exchange(), response.statusCode().value())
                            .thenReturn(response))
                    .onErrorResume(error -> actions.record(operator, request.exchange(),
                                    error instanceof GatewayException known ? known.problem().status() : 500)
                            .then(Mono.error(error)));
        });
    }
}
