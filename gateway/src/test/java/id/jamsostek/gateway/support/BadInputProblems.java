package id.jamsostek.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

/** What a partner REST API answers to an invalid contract example: the problem its manifest's kind calls for. */
public final class BadInputProblems {

    private BadInputProblems() {}

    /**
     * The problem type for the first violation's kind (from a contract manifest), and for all but malformed JSON
     * the JSON pointer naming the field ("" is the whole body).
     */
    public static void assertSpecific(JsonNode problem, String kind) {
        String expected = switch (kind) {
            case "MALFORMED" -> "bad-request";
            case "MISSING" -> "missing-mandatory-field";
            default -> "invalid-field-format";
        };
        assertThat(problem.get("type").asString()).endsWith("/" + expected);
        if (!"MALFORMED".equals(kind)) {
            assertThat(problem.get("errors").get(0).get("pointer").asString()).matches("(/[^/]*)*");
        }
    }
}
