package id.jamsostek.gateway.payer;

import id.jamsostek.gateway.caller.PayerCaller;
import id.jamsostek.gateway.idempotency.CoreKeys;
import id.jamsostek.gateway.idempotency.IdempotencyGatewayFilterFactory;
import id.jamsostek.gateway.partner.PayerPartner;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import org.springframework.web.reactive.function.server.ServerRequest;

/**
 * The payer a request of the payer API authenticated as. Every core call is made for the caller's own id in the
 * agency's register, never for one the request names: that is the tenant scope of a donor or an agent.
 */
final class PayerCallers {

    private PayerCallers() {}

    /** Reached around the pipeline, or as another kind of payer: 404, as for any path it may not know. */
    static PayerCaller of(ServerRequest request, PayerPartner.Kind kind) {
        return PayerCaller.of(request.exchange(), kind).orElseThrow(() -> new GatewayException(Problem.NOT_FOUND));
    }

    /** The key toward the core, derived from the caller's Idempotency-Key. */
    static String coreKey(PayerCaller caller, String operation, ServerRequest request) {
        return CoreKeys.derive(caller.partnerId(), operation,
                request.headers().firstHeader(IdempotencyGatewayFilterFactory.HEADER));
    }
}
