package id.jamsostek.gateway.payer;

import id.jamsostek.gateway.batch.BatchAnswers;
import id.jamsostek.gateway.batch.BatchKind;
import id.jamsostek.gateway.batch.BatchRequest;
import id.jamsostek.gateway.batch.BatchStore;
import id.jamsostek.gateway.batch.BatchVocabulary;
import id.jamsostek.gateway.batch.RowProblem;
import id.jamsostek.gateway.caller.PayerCaller;
import id.jamsostek.gateway.partner.PayerPartner;
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
 * A donor's batch of sponsorships (a CSR programme sponsoring hundreds of workers at once): the agent's batch rules
 * and the village's limit; a NIK already earlier in the batch rejects its row at once, and each other row is then
 * sponsored by the outbox relay as a single sponsorship is.
 */
@Component
public class SponsorshipBatchHandler {

    public static final String PATH = "/donor/v1/sponsorship-batches/";

    /** A sponsorship is made or refused: nothing can exist already. */
    static final BatchVocabulary WORDS = new BatchVocabulary(new BatchVocabulary.Term("SPONSORED", "sponsored"), null,
            "The sponsorship was not made", List.of());

    private final BatchStore batches;
    private final BatchAnswers answers;
    private final VillageSettings settings;
    private final JsonMapper json;

    public SponsorshipBatchHandler(BatchStore batches, BatchAnswers answers, VillageSettings settings,
            JsonMapper json) {
        this.batches = batches;
        this.answers = answers;
        this.settings = settings;
        this.json = json;
    }

    public Mono<ServerResponse> create(ServerRequest request) {
        return Mono.defer(() -> {
            PayerCaller caller = PayerCallers.of(request, PayerPartner.Kind.DONOR);
            JsonNode items = BatchRequest.items(request.exchange(), settings.maxBatchSize());
            List<BatchStore.NewRow> rows = new ArrayList<>();
            Set<String> niks = new HashSet<>();
            for (int index = 0; index < items.size(); index++) {
                SponsorshipHandler.Request sponsorship = json.treeToValue(items.get(index),
                        SponsorshipHandler.Request.class);
                rows.add(new BatchStore.NewRow(index, json.writeValueAsString(items.get(index)),
                        RowProblem.repeatedNik(json, WORDS, sponsorship.nik(), index, niks)));
            }
            return batches.create(BatchKind.DONOR_SPONSORSHIP, caller.partnerId(), null, rows)
                    .flatMap(batch -> answers.accepted(batch, rows.size(), PATH + batch));
        });
    }

    public Mono<ServerResponse> status(ServerRequest request) {
        return Mono.defer(() -> answers.status(request, PayerCallers.of(request, PayerPartner.Kind.DONOR).partnerId(),
                BatchKind.DONOR_SPONSORSHIP, WORDS));
    }
}
