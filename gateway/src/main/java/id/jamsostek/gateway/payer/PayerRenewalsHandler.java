package id.jamsostek.gateway.payer;

import id.jamsostek.adapters.core.CoreRejection;
import id.jamsostek.adapters.core.EnrollmentClient;
import id.jamsostek.adapters.core.PrivatePayer;
import id.jamsostek.adapters.payer.PayerRenewals;
import id.jamsostek.gateway.caller.PayerCaller;
import id.jamsostek.gateway.partner.PayerPartner;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.gateway.village.ReadParameters;
import id.jamsostek.gateway.village.RenewalsHandler;
import java.time.YearMonth;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Keeping participants active (docs/domain.md section 4) for a donor or a Perisai agent: those of the caller's own
 * whose paid-up period ends this month and those that lapsed, masked; and the caller's collective bill as it stands,
 * with the same two lists. Both for the caller's own payerId only; the period is checked first (400).
 */
@Component
public class PayerRenewalsHandler {

    private final EnrollmentClient core;

    public PayerRenewalsHandler(EnrollmentClient core) {
        this.core = core;
    }

    public Mono<ServerResponse> donorRenewals(ServerRequest request) {
        return renewals(request, PayerPartner.Kind.DONOR, PrivatePayer.Kind.DONOR);
    }

    public Mono<ServerResponse> agentRenewals(ServerRequest request) {
        return renewals(request, PayerPartner.Kind.AGENT, PrivatePayer.Kind.AGENT);
    }

    public Mono<ServerResponse> donorPreview(ServerRequest request) {
        return preview(request, PayerPartner.Kind.DONOR, PrivatePayer.Kind.DONOR);
    }

    public Mono<ServerResponse> agentPreview(ServerRequest request) {
        return preview(request, PayerPartner.Kind.AGENT, PrivatePayer.Kind.AGENT);
    }

    private Mono<ServerResponse> renewals(ServerRequest request, PayerPartner.Kind kind, PrivatePayer.Kind payer) {
        return Mono.defer(() -> {
            PayerCaller caller = PayerCallers.of(request, kind);
            return core.renewals(new PrivatePayer(payer, caller.partner().payerId()), caller.deadline())
                    .map(renewals -> PayerRenewals.of(kind.name(), renewals))
                    .flatMap(answer -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(answer));
        });
    }

    private Mono<ServerResponse> preview(ServerRequest request, PayerPartner.Kind kind, PrivatePayer.Kind payer) {
        return Mono.defer(() -> {
            YearMonth period = ReadParameters.month(request, "period");
            if (period == null) {
                throw new GatewayException(Problem.INVALID_QUERY_PARAMETER, "period is required");
            }
            PayerCaller caller = PayerCallers.of(request, kind);
            return core.collectiveBillPreview(new PrivatePayer(payer, caller.partner().payerId()), period,
                            caller.deadline())
                    .map(preview -> PayerRenewals.Preview.of(kind.name(), preview))
                    .flatMap(answer -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(answer))
                    .onErrorMap(CoreRejection.class, RenewalsHandler::previewRefused);
        });
    }
}
