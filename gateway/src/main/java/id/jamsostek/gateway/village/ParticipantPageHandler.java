package id.jamsostek.gateway.village;

import id.jamsostek.adapters.core.EnrollmentClient;
import id.jamsostek.adapters.village.VillageReadTranslator;
import id.jamsostek.contracts.RegionCode;
import id.jamsostek.gateway.caller.VillageCaller;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * A page of the participants registered with one village of the caller's regions, NIK and name masked as a search
 * shows them. Parameters are checked first (400), then the scope (403); the core hears of neither.
 */
@Component
public class ParticipantPageHandler {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;
    static final int MAX_PAGE = 100_000;

    private final EnrollmentClient core;
    private final VillageReadTranslator translator = new VillageReadTranslator();

    public ParticipantPageHandler(EnrollmentClient core) {
        this.core = core;
    }

    public Mono<ServerResponse> page(ServerRequest request) {
        return Mono.defer(() -> {
            VillageCaller caller = VillageCaller.of(request.exchange())
                    .orElseThrow(() -> new GatewayException(Problem.NOT_FOUND));
            String villageCode = ReadParameters.villageCode(request.pathVariable("villageCode"));
            int page = ReadParameters.integer(request, "page", 0, MAX_PAGE, 0);
            int size = ReadParameters.integer(request, "size", 1, MAX_SIZE, DEFAULT_SIZE);
            if (!caller.partner().serves(RegionCode.of(villageCode))) {
                throw new GatewayException(Problem.REGION_OUT_OF_SCOPE, "villageCode is outside your regions");
            }
            return core.villageParticipants(villageCode, page, size, caller.deadline())
                    .map(translator::toPage)
                    .flatMap(answer -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(answer));
        });
    }
}
