package id.jamsostek.gateway.village;

import id.jamsostek.adapters.core.BillingClient;
import id.jamsostek.adapters.core.CoreRejection;
import id.jamsostek.adapters.core.EnrollmentClient;
import id.jamsostek.adapters.village.PaymentOrderAnswer;
import id.jamsostek.gateway.body.CheckedBody;
import id.jamsostek.gateway.caller.VillageCaller;
import id.jamsostek.gateway.idempotency.CoreKeys;
import id.jamsostek.gateway.idempotency.IdempotencyGatewayFilterFactory;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bill for 1 to 12 months of one participant paid in advance (docs/domain.md section 4): the participant must be
 * registered in the caller's regions (else 404, as a search answers), the core prepares the order and the
 * participant's KPJ or NIK shows it at a bank until it is paid or expires.
 */
@Component
public class PaymentOrderHandler {

    static final String OPERATION = "village-payment-order";

    record Request(String nik, int months) {}

    private final EnrollmentClient participants;
    private final BillingClient billing;
    private final JsonMapper json;

    public PaymentOrderHandler(EnrollmentClient participants, BillingClient billing, JsonMapper json) {
        this.participants = participants;
        this.billing = billing;
        this.json = json;
    }

    public Mono<ServerResponse> create(ServerRequest request) {
        return Mono.defer(() -> {
            VillageCaller caller = VillageCaller.of(request.exchange())
                    .orElseThrow(() -> new GatewayException(Problem.NOT_FOUND));
            Request order = json.treeToValue(CheckedBody.of(request.exchange()), Request.class);
            String key = CoreKeys.derive(caller.partnerId(), OPERATION,
                    request.headers().firstHeader(IdempotencyGatewayFilterFactory.HEADER));
            return ParticipantsInScope.find(participants, caller, order.nik())
                    .flatMap(found -> billing.paymentOrder(found.kpj(), order.months(), key, caller.deadline()))
                    .flatMap(bill -> ServerResponse.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
                            .bodyValue(PaymentOrderAnswer.of(bill, order.nik())))
                    .onErrorMap(CoreRejection.class, PaymentOrderHandler::asProblem);
        });
    }

    private static GatewayException asProblem(CoreRejection rejection) {
        if (rejection.is(CoreRejection.NOT_PAYABLE_AHEAD)) {
            return new GatewayException(Problem.NOT_PAYABLE_AHEAD,
                    "the participant is paid up too far ahead for this many months (at most 12 past the running one)");
        }
        return new GatewayException(Problem.INTERNAL_ERROR, "core refused the payment order: " + rejection.slug());
    }
}
