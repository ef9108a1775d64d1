package id.jamsostek.gateway.village;

import id.jamsostek.adapters.village.VillageEnrollmentForm;
import id.jamsostek.gateway.body.CachedBody;
import id.jamsostek.gateway.caller.VillageCaller;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

    private final EnrollmentBatchStore batches;
    private final VillageSettings settings;
    private final JsonMapper json;

    public EnrollmentBatchHandler(EnrollmentBatchStore batches, VillageSettings settings, JsonMapper json) {
        this.batches = batches;
        this.settings = settings;
        this.json = json;
    }

    public Mono<ServerResponse> create(ServerRequest request) {
        return Mono.defer(() -> {
            VillageCaller caller = VillageCaller.of(request.exchange())
                    .orElseThrow(() -> new GatewayException(Problem.NOT_FOUND));
            JsonNode items = json.readTree(CachedBody.of(request.exchange())).get("items");
            if (items.size() > settings.maxBatchSize()) {
                throw new GatewayException(Problem.INVALID_FIELD_FORMAT, "items", Map.of("errors", List.of(Map.of(
                        "pointer", "/items", "detail", "at most " + settings.maxBatchSize() + " people a batch"))));
            }
            List<EnrollmentBatchStore.NewRow> rows = new ArrayList<>();
            Set<String> niks = new HashSet<>();
            for (int index = 0; index < items.size(); index++) {
                VillageEnrollmentForm form = json.treeToValue(items.get(index), VillageEnrollmentForm.class);
                String at = "/items/" + index;
                EnrollmentRules.requireInScope(caller.partner(), form.villageCode(), at + "/villageCode");
                rows.add(new EnrollmentBatchStore.NewRow(index, json.writeValueAsString(items.get(index)),
                        rejection(form, index, niks)));
            }
            return batches.create(caller.partnerId(), rows).flatMap(batch -> {
                Map<String, Object> accepted = new LinkedHashMap<>();
                accepted.put("batchId", batch.toString());
                accepted.put("status", "ACCEPTED");
                accepted.put("statusUrl", PATH + batch);
                accepted.put("total", rows.size());
                return ServerResponse.status(HttpStatus.ACCEPTED).location(URI.create(PATH + batch))
                        .contentType(MediaType.APPLICATION_JSON).bodyValue(accepted);
            });
        });
    }

    /** The problem of a row the gateway refuses alone, or null if it goes to the core. */
    private String rejection(VillageEnrollmentForm form, int index, Set<String> niks) {
        String base = "/items/" + index;
        if (!niks.add(form.nik())) {
            return RowProblem.json(json, "duplicate-in-batch", "this NIK is already in the batch", base + "/nik");
        }
        List<Map<String, String>> faults = EnrollmentRules.nikFaults(form, base);
        return faults.isEmpty() ? null : RowProblem.json(json, "invalid-enrollment", faults.getFirst().get("detail"),
                faults.getFirst().get("pointer"));
    }

    public Mono<ServerResponse> status(ServerRequest request) {
        return Mono.defer(() -> {
            VillageCaller caller = VillageCaller.of(request.exchange())
                    .orElseThrow(() -> new GatewayException(Problem.NOT_FOUND));
            UUID id;
            try {
                id = UUID.fromString(ServerWebExchangeUtils.getUriTemplateVariables(request.exchange())
                        .getOrDefault("batchId", ""));
            } catch (IllegalArgumentException notAnId) {
                return Mono.error(new GatewayException(Problem.NOT_FOUND));
            }
            return batches.batch(id, caller.partnerId())
                    .switchIfEmpty(Mono.error(() -> new GatewayException(Problem.NOT_FOUND)))
                    .flatMap(batch -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                            .bodyValue(statusOf(batch)));
        });
    }

    private Map<String, Object> statusOf(EnrollmentBatchStore.Batch batch) {
        Map<BatchRow.Outcome, Integer> counts = new EnumMap<>(BatchRow.Outcome.class);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (BatchRow row : batch.rows()) {
            counts.merge(row.outcome(), 1, Integer::sum);
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("index", row.index());
            shown.put("outcome", row.outcome().name());
            if (row.kpj() != null) {
                shown.put("kpj", row.kpj());
            }
            if (row.problem() != null) {
                shown.put("problem", json.readTree(row.problem()));
            }
            rows.add(shown);
        }
        int pending = counts.getOrDefault(BatchRow.Outcome.PENDING, 0);
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("batchId", batch.id().toString());
        status.put("status", pending == 0 ? "COMPLETED" : pending == batch.total() ? "ACCEPTED" : "PROCESSING");
        status.put("total", batch.total());
        status.put("counts", Map.of(
                "enrolled", counts.getOrDefault(BatchRow.Outcome.ENROLLED, 0),
                "alreadyParticipant", counts.getOrDefault(BatchRow.Outcome.ALREADY_PARTICIPANT, 0),
                "rejected", counts.getOrDefault(BatchRow.Outcome.REJECTED, 0),
                "pending", pending));
        status.put("rows", rows);
        return status;
    }
}
