package id.jamsostek.gateway.village;

import id.jamsostek.adapters.core.EnrollmentClient;
import id.jamsostek.adapters.village.VillageEnrollmentTranslator;
import id.jamsostek.gateway.body.CheckedBody;
import id.jamsostek.gateway.caller.VillageCaller;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * A participant's status by NIK, for village software: only a membership in the caller's regions is shown (NIK and
 * name masked); unknown and elsewhere look the same from outside (404), so nothing is learned about other regions.
 */
@Component
public class ParticipantSearchHandler {

    record Search(String nik) {}

    private final EnrollmentClient core;
    private final VillageEnrollmentTranslator translator = new VillageEnrollmentTranslator();
    private final JsonMapper json;

    public ParticipantSearchHandler(EnrollmentClient core, JsonMapper json) {
        this.core = core;
        this.json = json;
        json.readValue("{}", Search.class);
    }

    public Mono<ServerResponse> search(ServerRequest request) {
        return Mono.defer(() -> {
            VillageCaller caller = VillageCaller.of(request.exchange())
                    .orElseThrow(() -> new GatewayException(Problem.NOT_FOUND));
            Search search = json.treeToValue(CheckedBody.of(request.exchange()), Search.class);
            return ParticipantsInScope.find(core, caller, search.nik())
                    .flatMap(found -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                            .bodyValue(translator.toStatus(found)));
        });
    }
}
