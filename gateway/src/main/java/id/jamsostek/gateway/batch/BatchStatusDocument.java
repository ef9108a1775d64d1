package id.jamsostek.gateway.batch;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A batch's status as its partner reads it, in the channel's words: ACCEPTED while no row is settled, PROCESSING,
 * COMPLETED once none is pending; the counts by outcome; each row's outcome, KPJ and problem by index.
 */
final class BatchStatusDocument {

    private BatchStatusDocument() {}

    static Map<String, Object> of(BatchStore.Batch batch, BatchVocabulary words, JsonMapper json) {
        Map<BatchRow.Outcome, Integer> counts = new EnumMap<>(BatchRow.Outcome.class);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (BatchRow row : batch.rows()) {
            counts.merge(row.outcome(), 1, Integer::sum);
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("index", row.index());
            shown.put("outcome", words.of(row.outcome()).outcome());
            if (row.kpj() != null) {
                shown.put("kpj", row.kpj());
            }
            if (row.problem() != null) {
                shown.put("problem", json.readTree(row.problem()));
            }
            rows.add(shown);
        }
        int pending = counts.getOrDefault(BatchRow.Outcome.PENDING, 0);
        Map<String, Object> shownCounts = new LinkedHashMap<>(); // in the contracts' order, the same on every call
        for (BatchRow.Outcome outcome : List.of(BatchRow.Outcome.CREATED, BatchRow.Outcome.EXISTING,
                BatchRow.Outcome.REJECTED, BatchRow.Outcome.PENDING)) {
            BatchVocabulary.Term term = words.of(outcome);
            if (term != null) {
                shownCounts.put(term.countKey(), counts.getOrDefault(outcome, 0));
            }
        }
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("batchId", batch.id().toString());
        if (batch.subject() != null) {
            String[] parts = batch.subject().split("/");
            for (int i = 0; i < words.subjectFields().size() && i < parts.length; i++) {
                status.put(words.subjectFields().get(i), parts[i]);
            }
        }
        status.put("status", pending == 0 ? "COMPLETED" : pending == batch.total() ? "ACCEPTED" : "PROCESSING");
        status.put("total", batch.total());
        status.put("counts", shownCounts);
        status.put("rows", rows);
        return status;
    }
}
