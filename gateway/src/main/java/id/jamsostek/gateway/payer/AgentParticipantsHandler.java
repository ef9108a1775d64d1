package id.jamsostek.gateway.payer;

import id.jamsostek.adapters.core.EnrollmentClient;
import id.jamsostek.adapters.payer.PayerTranslator;
import id.jamsostek.gateway.body.CheckedBody;
import id.jamsostek.gateway.caller.PayerCaller;
import id.jamsostek.gateway.partner.PayerPartner;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a Perisai agent sees: only the workers it registered, masked. A NIK it did not register (another agent's worker,
 * a village's participant, or nobody) is answered 404 alike, so nothing is learned of others.
 */
@Component
public class AgentParticipantsHandler {

    record Search(String nik) {}

    private final EnrollmentClient core;
    private final PayerTranslator translator = new PayerTranslator();
    private final JsonMapper json;

    public AgentParticipantsHandler(EnrollmentClient core, JsonMapper json) {
        this.core = core;
        this.json = json;
        json.readValue("{}", Search.class);
    }

    public Mono<ServerResponse> list(ServerRequest request) {
        return Mono.defer(() -> {
            PayerCaller caller = PayerCallers.of(request, PayerPartner.Kind.AGENT);
            return core.agentParticipants(caller.partner().payerId(), caller.deadline())
                    .flatMap(workers -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                            .bodyValue(Map.of("items", workers.stream().map(translator::toStatus).toList())));
        });
    }

    public Mono<ServerResponse> search(ServerRequest request) {
        return Mono.defer(() -> {
            PayerCaller caller = PayerCallers.of(request, PayerPartner.Kind.AGENT);
            Search search = json.treeToValue(CheckedBody.of(request.exchange()), Search.class);
            return core.search(search.nik(), caller.deadline())
                    .filter(found -> caller.partner().payerId().equals(found.agentId()))
                    .switchIfEmpty(Mono.error(() -> new GatewayException(Problem.NOT_FOUND,
                            "no worker you registered has this NIK")))
                    .flatMap(found -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                            .bodyValue(translator.toStatus(found)));
        });
    }
}
