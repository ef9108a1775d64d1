package id.jamsostek.core.simulator.http;

import id.jamsostek.core.simulator.problem.CoreProblemException;
import id.jamsostek.core.simulator.problem.ProblemType;
import java.util.LinkedHashMap;
import java.util.Map;

/** An answer ready to be written: status, content type, body, extra headers. */
record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {

    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";

    static Reply json(int status, byte[] body) {
        return new Reply(status, JSON, body, Map.of());
    }

    static Reply problem(JsonCodec json, ProblemType type, int status, String detail) {
        return new Reply(status, PROBLEM_JSON, json.write(new ProblemBody(type.type(), type.title(), status, detail)),
                Map.of());
    }

    static Reply problem(JsonCodec json, ProblemType type, String detail) {
        return problem(json, type, type.status(), detail);
    }

    /** With the problem's extension members after the standard ones. */
    static Reply problem(JsonCodec json, CoreProblemException problem) {
        if (problem.extensions().isEmpty()) {
            return problem(json, problem.type(), problem.detail());
        }
        ProblemType type = problem.type();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.type());
        body.put("title", type.title());
        body.put("status", type.status());
        body.put("detail", problem.detail());
        body.putAll(problem.extensions());
        return new Reply(type.status(), PROBLEM_JSON, json.write(body), Map.of());
    }

    /** 201 for what a request made; 200 with {@code Idempotent-Replayed: true} when an earlier request made it. */
    static Reply created(boolean replayed, byte[] body) {
        return replayed ? json(200, body).withHeader(CoreHandlers.REPLAYED_HEADER, "true") : json(201, body);
    }

    Reply withHeader(String name, String value) {
        return new Reply(status, contentType, body, Map.of(name, value));
    }

    /** RFC 9457 problem details. */
    record ProblemBody(String type, String title, int status, String detail) {
    }
}
