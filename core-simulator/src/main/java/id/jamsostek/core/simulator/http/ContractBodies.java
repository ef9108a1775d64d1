package id.jamsostek.core.simulator.http;

import id.jamsostek.contracts.validation.ContractSchema;
import id.jamsostek.contracts.validation.Violation;
import id.jamsostek.core.simulator.problem.CoreProblemException;
import id.jamsostek.core.simulator.problem.ProblemType;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Request bodies checked against the contract's own schema before they are read, so the simulator accepts exactly
 * what the contract allows: anything else is a 400 invalid-request naming where, never what was sent.
 */
final class ContractBodies {

    private static final int MAX_ERRORS = 100;
    private final JsonCodec json;

    ContractBodies(JsonCodec json) {
        this.json = json;
    }

    /** The schema at {@code contracts/core/schemas/<name>.json}, compiled now (at start, not on a request). */
    static ContractSchema schema(String name) {
        return ContractSchema.load("contracts/core/schemas/" + name + ".json");
    }

    JsonNode read(byte[] body, ContractSchema schema) {
        List<Violation> violations = schema.validate(body);
        if (!violations.isEmpty()) {
            List<Map<String, String>> errors = violations.stream().limit(MAX_ERRORS)
                    .map(v -> Map.of("pointer", v.pointer(), "detail", words(v.kind())))
                    .toList();
            Violation first = violations.getFirst();
            String where = first.pointer().isEmpty() ? "the body" : first.pointer();
            throw new CoreProblemException(ProblemType.INVALID_REQUEST,
                    "not to contract: " + where + " " + words(first.kind()), Map.of("errors", errors));
        }
        return json.read(body);
    }

    private static String words(Violation.Kind kind) {
        return switch (kind) {
            case MALFORMED -> "is not one well-formed JSON value";
            case MISSING -> "is missing";
            case FORMAT -> "is not an allowed value";
            case TOO_LONG -> "is too long";
            case TYPE -> "has the wrong JSON type";
            case UNKNOWN_FIELD -> "is not a field of the contract";
        };
    }
}
