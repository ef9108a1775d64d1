package id.jamsostek.gateway.village;

import id.jamsostek.adapters.village.VillageEnrollmentForm;
import id.jamsostek.gateway.batch.BatchVocabulary;
import id.jamsostek.gateway.batch.RowProblem;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every batch of enrollments shares, whoever sends it (a village, a Perisai agent): the words its rows are told
 * in, and the rows the gateway rejects alone, before the core hears of them.
 */
public final class EnrollmentBatchRows {

    public static final BatchVocabulary WORDS = new BatchVocabulary(
            new BatchVocabulary.Term("ENROLLED", "enrolled"),
            new BatchVocabulary.Term("ALREADY_PARTICIPANT", "alreadyParticipant"),
            "The enrollment was not made", List.of());

    private EnrollmentBatchRows() {}

    /**
     * The problem of a row the gateway refuses alone (a NIK already earlier in the batch, whose later rows it adds to
     * {@code niks}, or a NIK that disagrees with the person), or null if the row goes to the core.
     */
    public static String rejection(JsonMapper json, VillageEnrollmentForm form, int index, Set<String> niks) {
        String repeated = RowProblem.repeatedNik(json, WORDS, form.nik(), index, niks);
        if (repeated != null) {
            return repeated;
        }
        List<Map<String, String>> faults = EnrollmentRules.nikFaults(form, "/items/" + index);
        return faults.isEmpty() ? null : RowProblem.json(json, WORDS, "invalid-enrollment",
                faults.getFirst().get("detail"), faults.getFirst().get("pointer"));
    }
}
