package id.jamsostek.gateway.village;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The problem a rejected batch row carries (contracts/village RowProblem): what went wrong and where in the batch. */
final class RowProblem {

    private RowProblem() {}

    static String json(JsonMapper json, String slug, String detail, String pointer) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://api.jamsostek.example/problems/" + slug);
        problem.put("title", "The enrollment was not made");
        problem.put("status", 422);
        problem.put("detail", detail);
        problem.put("pointer", pointer);
        return json.writeValueAsString(problem);
    }
}
