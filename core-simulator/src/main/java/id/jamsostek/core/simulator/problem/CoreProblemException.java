package id.jamsostek.core.simulator.problem;

import java.util.Map;

/** A refusal the HTTP layer renders as a problem; it changes no state. */
public final class CoreProblemException extends RuntimeException {

    private final ProblemType type;
    private final Map<String, Object> extensions;

    public CoreProblemException(ProblemType type, String detail) {
        this(type, detail, Map.of());
    }

    /** With RFC 9457 extension members (e.g. {@code errors}, {@code kpj}), rendered after the standard ones. */
    public CoreProblemException(ProblemType type, String detail, Map<String, Object> extensions) {
        super(detail, null, false, false);
        this.type = type;
        this.extensions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extensions));
    }

    public ProblemType type() {
        return type;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
