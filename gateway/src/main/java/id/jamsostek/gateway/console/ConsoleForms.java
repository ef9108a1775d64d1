package id.jamsostek.gateway.console;

import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import org.springframework.web.reactive.function.server.ServerRequest;
import reactor.core.publisher.Mono;

/** What the console's forms send. */
final class ConsoleForms {

    /** What an audit keeps of a reason (partner_audit, payment_exception and reconciliation_break notes). */
    static final int MAX_REASON = 500;

    private ConsoleForms() {}

    /** The reason every closing carries: required, at most {@value #MAX_REASON} characters. */
    static Mono<String> reason(ServerRequest request) {
        return field(request, "reason").map(reason -> {
            if (reason.isBlank()) {
                throw new GatewayException(Problem.MISSING_MANDATORY_FIELD, "reason");
            }
            if (reason.length() > MAX_REASON) {
                throw new GatewayException(Problem.INVALID_FIELD_FORMAT, "reason has at most 500 characters");
            }
            return reason.strip();
        });
    }

    /** A field of a url-encoded form, "" when absent. */
    static Mono<String> field(ServerRequest request, String name) {
        return request.formData().map(form -> {
            String value = form.getFirst(name);
            return value == null ? "" : value;
        });
    }
}
