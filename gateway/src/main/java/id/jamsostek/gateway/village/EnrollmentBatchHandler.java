package id.jamsostek.gateway.village;

import id.jamsostek.adapters.village.VillageEnrollmentForm;
import id.jamsostek.gateway.batch.BatchAnswers;
import id.jamsostek.gateway.batch.BatchKind;
import id.jamsostek.gateway.batch.BatchRequest;
import id.jamsostek.gateway.batch.BatchStore;
import id.jamsostek.gateway.caller.VillageCaller;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.gateway.region.RegionList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Batches of enrollments: accepted whole and answered 202 at once (every row in the caller's regions, else the
 * batch is refused 403), each row then enrolled by the outbox relay; rows the gateway can judge alone (a NIK that
 * disagrees with the person, a NIK twice in the batch) are rejected at once with a pointer into the batch.
 */
@Component
public class EnrollmentBatchHandler {

    public static final String PATH = "/village/v1/enrollment-batches/";

    private final BatchStore batches;
    private final BatchAnswers answers;
    private final VillageSettings settings;
    private final JsonMapper json;
    private final RegionList regions;

    public EnrollmentBatchHandler(BatchStore batches, BatchAnswers answers, VillageSettings settings,
            JsonMapper json, RegionList regions) {
        this.batches = batches;
        this.regions = regions;
        this.answers = answers;
        this.settings = settings;
        this.json = json;
    }

    public Mono<ServerResponse> create(ServerRequest request) {
        return Mono.defer(() -> {
            VillageCaller caller = VillageCaller.of(request.exchange())
                    .orElseThrow(() -> new GatewayException(Problem.NOT_FOUND));
            JsonNode items = BatchRequest.items(request.exchange(), settings.maxBatchSize());
            List<BatchStore.NewRow> rows = new ArrayList<>();
            Set<String> niks = new HashSet<>();
            for (int index = 0; index < items.size(); index++) {
                VillageEnrollmentForm form = json.treeToValue(items.get(index), VillageEnrollmentForm.class);
                String at = "/items/" + index;
                EnrollmentRules.requireInScope(caller.partner(), form.villageCode(), at + "/villageCode");
                EnrollmentRules.requirePayerInScope(caller.partner(), form, at + "/payer/type");
                EnrollmentRules.requireKnownVillage(regions, form.villageCode(), at + "/villageCode");
                rows.add(new BatchStore.NewRow(index, json.writeValueAsString(items.get(index)),
                        EnrollmentBatchRows.rejection(json, form, index, niks)));
            }
            return batches.create(BatchKind.VILLAGE_ENROLLMENT, caller.partnerId(), null, rows)
                    .flatMap(batch -> answers.accepted(batch, rows.size(), PATH + batch));
        });
    }

    public Mono<ServerResponse> status(ServerRequest request) {
        return Mono.defer(() -> {
            VillageCaller caller = VillageCaller.of(request.exchange())
                    .orElseThrow(() -> new GatewayException(Problem.NOT_FOUND));
            return answers.status(request, caller.partnerId(), BatchKind.VILLAGE_ENROLLMENT, EnrollmentBatchRows.WORDS);
        });
    }
}
