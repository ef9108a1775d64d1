package id.jamsostek.gateway.payer;

import id.jamsostek.adapters.payer.AgentEnrollmentForm;
import id.jamsostek.adapters.payer.PayerTranslator;
import id.jamsostek.gateway.batch.BatchAnswers;
import id.jamsostek.gateway.batch.BatchKind;
import id.jamsostek.gateway.batch.BatchRequest;
import id.jamsostek.gateway.batch.BatchStore;
import id.jamsostek.gateway.caller.PayerCaller;
import id.jamsostek.gateway.partner.PayerPartner;
import id.jamsostek.gateway.region.RegionList;
import id.jamsostek.gateway.village.EnrollmentBatchRows;
import id.jamsostek.gateway.village.EnrollmentRules;
import id.jamsostek.gateway.village.VillageSettings;
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
 * A Perisai agent's batch of informal workers: the village batch's rules (every village of the code list, else the
 * whole batch is refused; a NIK that disagrees with the person or is twice in the batch rejects its row at once) and
 * the village's limit, then each row registered by the outbox relay as a single agent enrollment is.
 */
@Component
public class AgentEnrollmentBatchHandler {

    public static final String PATH = "/agent/v1/enrollment-batches/";

    private final BatchStore batches;
    private final BatchAnswers answers;
    private final VillageSettings settings;
    private final JsonMapper json;
    private final RegionList regions;
    private final PayerTranslator translator = new PayerTranslator();

    public AgentEnrollmentBatchHandler(BatchStore batches, BatchAnswers answers, VillageSettings settings,
            JsonMapper json, RegionList regions) {
        this.batches = batches;
        this.answers = answers;
        this.settings = settings;
        this.json = json;
        this.regions = regions;
    }

    public Mono<ServerResponse> create(ServerRequest request) {
        return Mono.defer(() -> {
            PayerCaller caller = PayerCallers.of(request, PayerPartner.Kind.AGENT);
            JsonNode items = BatchRequest.items(request.exchange(), settings.maxBatchSize());
            List<BatchStore.NewRow> rows = new ArrayList<>();
            Set<String> niks = new HashSet<>();
            for (int index = 0; index < items.size(); index++) {
                AgentEnrollmentForm form = json.treeToValue(items.get(index), AgentEnrollmentForm.class);
                EnrollmentRules.requireKnownVillage(regions, form.villageCode(), "/items/" + index + "/villageCode");
                rows.add(new BatchStore.NewRow(index, json.writeValueAsString(items.get(index)),
                        EnrollmentBatchRows.rejection(json, translator.asVillageForm(form), index, niks)));
            }
            return batches.create(BatchKind.AGENT_ENROLLMENT, caller.partnerId(), null, rows)
                    .flatMap(batch -> answers.accepted(batch, rows.size(), PATH + batch));
        });
    }

    public Mono<ServerResponse> status(ServerRequest request) {
        return Mono.defer(() -> answers.status(request, PayerCallers.of(request, PayerPartner.Kind.AGENT).partnerId(),
                BatchKind.AGENT_ENROLLMENT, EnrollmentBatchRows.WORDS));
    }
}
