package id.jamsostek.gateway.village;

import id.jamsostek.adapters.core.CoreRejection;
import id.jamsostek.adapters.core.EnrollmentClient;
import id.jamsostek.adapters.village.VillageRenewals;
import id.jamsostek.contracts.RegionCode;
import id.jamsostek.gateway.caller.VillageCaller;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.time.YearMonth;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Keeping participants active (docs/domain.md section 4): per village of the caller's regions and per payer, those
 * whose paid-up period ends this month and those that lapsed, masked as a search shows them; and the village
 * budget's collective bill as it stands, with the same two lists. Parameters first (400), then scope (403).
 */
@Component
public class RenewalsHandler {

    private static final Set<String> PAYER_TYPES = Set.of("SELF", "VILLAGE_BUDGET", "REGENCY_BUDGET", "DONOR");

    private final EnrollmentClient core;

    public RenewalsHandler(EnrollmentClient core) {
        this.core = core;
    }

    public Mono<ServerResponse> renewals(ServerRequest request) {
        return Mono.defer(() -> {
            VillageCaller caller = VillageCaller.of(request.exchange())
                    .orElseThrow(() -> new GatewayException(Problem.NOT_FOUND));
            String villageCode = ReadParameters.villageCode(request.pathVariable("villageCode"));
            String payerType = ReadParameters.oneOf(request, "payerType", PAYER_TYPES);
            requireServed(caller, villageCode);
            return core.renewals(villageCode, payerType, caller.deadline())
                    .map(renewals -> VillageRenewals.of(villageCode, payerType, renewals))
                    .flatMap(answer -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(answer));
        });
    }

    public Mono<ServerResponse> collectiveBillPreview(ServerRequest request) {
        return Mono.defer(() -> {
            VillageCaller caller = VillageCaller.of(request.exchange())
                    .orElseThrow(() -> new GatewayException(Problem.NOT_FOUND));
            String villageCode = ReadParameters.villageCode(request.pathVariable("villageCode"));
            YearMonth period = ReadParameters.month(request, "period");
            if (period == null) {
                throw new GatewayException(Problem.INVALID_QUERY_PARAMETER, "period is required");
            }
            requireServed(caller, villageCode);
            return core.collectiveBillPreview(villageCode, period, caller.deadline())
                    .map(preview -> VillageRenewals.Preview.of(villageCode, preview))
                    .flatMap(answer -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(answer))
                    .onErrorMap(CoreRejection.class, RenewalsHandler::previewRefused);
        });
    }

    /** A collective bill's preview the core refused: a paid month is the caller's to know, anything else ours. */
    public static GatewayException previewRefused(CoreRejection rejection) {
        return rejection.is(CoreRejection.BILL_ALREADY_PAID)
                ? new GatewayException(Problem.BILL_ALREADY_PAID, "this month's collective bill is paid already")
                : new GatewayException(Problem.INTERNAL_ERROR, "core refused the preview: " + rejection.slug());
    }

    private static void requireServed(VillageCaller caller, String villageCode) {
        if (!caller.partner().serves(RegionCode.of(villageCode))) {
            throw new GatewayException(Problem.REGION_OUT_OF_SCOPE, "villageCode is outside your regions");
        }
    }
}
