package id.jamsostek.gateway.batch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/** The problem a rejected batch row carries (contracts/village RowProblem): what went wrong and where in the batch. */
public final class RowProblem {

    private RowProblem() {}

    /**
     * The problem of the row at {@code index} if an earlier row of the batch has its NIK ({@code niks}: those seen so
     * far, to which a new one is added), else null: a person is asked for once a batch.
     */
    public static String repeatedNik(JsonMapper json, BatchVocabulary words, String nik, int index, Set<String> niks) {
        return niks.add(nik) ? null : json(json, words, "duplicate-in-batch", "this NIK is already in the batch",
                "/items/" + index + "/nik");
    }

    /** The problem as JSON, titled in the channel's words; {@code pointer} points into the batch request. */
    public static String json(JsonMapper json, BatchVocabulary words, String slug, String detail, String pointer) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://api.jamsostek.example/problems/" + slug);
        problem.put("title", words.rowProblemTitle());
        problem.put("status", 422);
        problem.put("detail", detail);
        problem.put("pointer", pointer);
        return json.writeValueAsString(problem);
    }
}
