package id.jamsostek.gateway.village;

import id.jamsostek.gateway.idempotency.CoreKeys;
import id.jamsostek.adapters.core.CoreRejection;
import id.jamsostek.adapters.core.EnrollmentClient;
import id.jamsostek.adapters.village.VillageEnrollmentForm;
import id.jamsostek.adapters.village.VillageEnrollmentTranslator;
import id.jamsostek.gateway.body.CheckedBody;
import id.jamsostek.gateway.caller.VillageCaller;
import id.jamsostek.gateway.idempotency.IdempotencyGatewayFilterFactory;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.gateway.region.RegionList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Enrolls one person for village software: in its regions, with a NIK that agrees with the person, through the
 * core with a key derived from the caller's Idempotency-Key. Someone already a participant is never enrolled
 * again; their KPJ is told only when that membership is in the caller's regions.
 */
@Component
public class VillageEnrollmentHandler {

    static final String OPERATION = "village-enrollment";

    private final EnrollmentClient enrollments;
    private final VillageEnrollmentTranslator translator = new VillageEnrollmentTranslator();
    private final JsonMapper json;
    private final RegionList regions;

    public VillageEnrollmentHandler(EnrollmentClient enrollments, JsonMapper json, RegionList regions) {
        this.enrollments = enrollments;
        this.regions = regions;
        this.json = json;
        json.readValue("{}", VillageEnrollmentForm.class); // builds the deserializer at start
    }

    public Mono<ServerResponse> enroll(ServerRequest request) {
        return Mono.defer(() -> {
            VillageCaller caller = VillageCaller.of(request.exchange())
                    .orElseThrow(() -> new GatewayException(Problem.NOT_FOUND));
            VillageEnrollmentForm form = json.treeToValue(CheckedBody.of(request.exchange()), VillageEnrollmentForm.class);
            EnrollmentRules.requireInScope(caller.partner(), form.villageCode(), "/villageCode");
            EnrollmentRules.requirePayerInScope(caller.partner(), form, "/payer/type");
            EnrollmentRules.requireKnownVillage(regions, form.villageCode(), "/villageCode");
            EnrollmentRules.requireConsistentNik(form);
            String key = CoreKeys.derive(caller.partnerId(), OPERATION,
                    request.headers().firstHeader(IdempotencyGatewayFilterFactory.HEADER));
            return enrollments.enroll(translator.toCommand(form, caller.partnerId()), key, caller.deadline())
                    .map(translator::toAnswer)
                    .flatMap(answer -> ServerResponse.status(HttpStatus.CREATED)
                            .contentType(MediaType.APPLICATION_JSON).bodyValue(answer))
                    .onErrorMap(CoreRejection.class, rejection -> asProblem(rejection, caller));
        });
    }

    static GatewayException asProblem(CoreRejection rejection, VillageCaller caller) {
        CoreRejection.Details details = rejection.details();
        if (rejection.is(CoreRejection.ALREADY_PARTICIPANT)) {
            Map<String, Object> extensions = EnrollmentRules.kpjVisibleTo(caller.partner(), details)
                    .<Map<String, Object>>map(kpj -> Map.of("kpj", kpj)).orElse(Map.of());
            return new GatewayException(Problem.ALREADY_PARTICIPANT,
                    "this NIK already has a non-wage-earner membership", extensions);
        }
        if (rejection.is(CoreRejection.INVALID_ENROLLMENT)) {
            List<Map<String, String>> errors = details.errorEntries();
            return new GatewayException(Problem.INVALID_ENROLLMENT, "the enrollment breaks a rule",
                    Map.of("errors", errors));
        }
        if (rejection.is(CoreRejection.BUDGET_EXCEEDED) && details.budget() != null) {
            CoreRejection.Budget budget = details.budget();
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("budgetYear", budget.year());
            extensions.put("budgetCeiling", budget.ceiling());
            extensions.put("remainingBudget", budget.remaining());
            extensions.put("enrollmentCost", budget.enrollmentCost());
            return new GatewayException(Problem.BUDGET_EXCEEDED, "the payer's budget for " + budget.year()
                    + " has " + budget.remaining() + " left; this enrollment would commit " + budget.enrollmentCost(),
                    extensions);
        }
        return new GatewayException(Problem.INTERNAL_ERROR, "core refused the enrollment: " + rejection.slug());
    }
}
