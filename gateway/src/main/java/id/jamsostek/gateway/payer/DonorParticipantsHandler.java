package id.jamsostek.gateway.payer;

import id.jamsostek.adapters.core.EnrollmentClient;
import id.jamsostek.adapters.payer.PayerTranslator;
import id.jamsostek.gateway.caller.PayerCaller;
import id.jamsostek.gateway.partner.PayerPartner;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/** The participants a donor sponsors (and those enrolled with it as payer), masked: nobody else. */
@Component
public class DonorParticipantsHandler {

    private final EnrollmentClient core;
    private final PayerTranslator translator = new PayerTranslator();

    public DonorParticipantsHandler(EnrollmentClient core) {
        this.core = core;
    }

    public Mono<ServerResponse> list(ServerRequest request) {
        return Mono.defer(() -> {
            PayerCaller caller = PayerCallers.of(request, PayerPartner.Kind.DONOR);
            return core.sponsored(caller.partner().payerId(), caller.deadline())
                    .flatMap(sponsored -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                            .bodyValue(Map.of("items", sponsored.stream().map(translator::toView).toList())));
        });
    }
}
