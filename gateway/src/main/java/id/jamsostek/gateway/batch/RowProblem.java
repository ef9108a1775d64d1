package id.jamsostek.gateway.batch;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The problem a rejected batch row carries (contracts/village RowProblem): what went wrong and where in the batch. */
public final class RowProblem {

    private RowProblem() {}

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
