package id.jamsostek.gateway.payer;

import id.jamsostek.adapters.core.CoreRejection;
import id.jamsostek.adapters.core.EnrollmentClient;
import id.jamsostek.adapters.payer.AgentEnrollmentForm;
import id.jamsostek.adapters.payer.PayerTranslator;
import id.jamsostek.adapters.village.VillageEnrollmentTranslator;
import id.jamsostek.gateway.body.CheckedBody;
import id.jamsostek.gateway.caller.PayerCaller;
import id.jamsostek.gateway.partner.PayerPartner;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.gateway.region.RegionList;
import id.jamsostek.gateway.village.EnrollmentRules;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Perisai agent registers an informal worker who pays for himself: the village's checks (a village of the code list,
 * a NIK that agrees with the person), then the core's enrollment through the AGENT channel under the agent's id, so
 * the core knows whom the agent registered. A worker who is a participant already is refused without a KPJ: the agent
 * sees only those it registered.
 */
@Component
public class AgentEnrollmentHandler {

    static final String OPERATION = "agent-enrollment";

    private final EnrollmentClient core;
    private final PayerTranslator translator = new PayerTranslator();
    private final VillageEnrollmentTranslator answers = new VillageEnrollmentTranslator();
    private final JsonMapper json;
    private final RegionList regions;

    public AgentEnrollmentHandler(EnrollmentClient core, JsonMapper json, RegionList regions) {
        this.core = core;
        this.json = json;
        this.regions = regions;
        json.readValue("{}", AgentEnrollmentForm.class);
    }

    public Mono<ServerResponse> enroll(ServerRequest request) {
        return Mono.defer(() -> {
            PayerCaller caller = PayerCallers.of(request, PayerPartner.Kind.AGENT);
            AgentEnrollmentForm form = json.treeToValue(CheckedBody.of(request.exchange()), AgentEnrollmentForm.class);
            EnrollmentRules.requireKnownVillage(regions, form.villageCode(), "/villageCode");
            EnrollmentRules.requireConsistentNik(translator.asVillageForm(form));
            return core.enroll(translator.toCommand(form, caller.partner().payerId()),
                            PayerCallers.coreKey(caller, OPERATION, request), caller.deadline())
                    .map(answers::toAnswer)
                    .flatMap(answer -> ServerResponse.status(HttpStatus.CREATED)
                            .contentType(MediaType.APPLICATION_JSON).bodyValue(answer))
                    .onErrorMap(CoreRejection.class, AgentEnrollmentHandler::asProblem);
        });
    }

    private static GatewayException asProblem(CoreRejection rejection) {
        if (rejection.is(CoreRejection.ALREADY_PARTICIPANT)) {
            return new GatewayException(Problem.ALREADY_PARTICIPANT,
                    "this NIK already has a non-wage-earner membership");
        }
        if (rejection.is(CoreRejection.INVALID_ENROLLMENT)) {
            return new GatewayException(Problem.INVALID_ENROLLMENT, "the enrollment breaks a rule",
                    Map.of("errors", rejection.details().errorEntries()));
        }
        return new GatewayException(Problem.INTERNAL_ERROR, "core refused the enrollment: " + rejection.slug());
    }
}
