package id.jamsostek.gateway.problem;

import id.jamsostek.gateway.problem.rendering.ProblemRenderer;
import java.util.Map;

/**
 * Raised by filters and handlers with {@code Mono.error}; the {@link ProblemRenderer} writes it. {@code detail}
 * names the field or the reason, never a value the caller sent (it may be personal data).
 */
public final class GatewayException extends RuntimeException {

    private final Problem problem;
    private final String detail;
    private final Map<String, Object> extensions;

    public GatewayException(Problem problem, String detail) {
        this(problem, detail, Map.of());
    }

    /**
     * @param extensions members added to the problem document (RFC 9457 §3.2), e.g. {@code errors}: the fields at
     *                   fault as JSON pointers; never a value the caller sent
     */
    public GatewayException(Problem problem, String detail, Map<String, Object> extensions) {
        super(problem.name() + (detail == null ? "" : ": " + detail), null, false, false);
        this.problem = problem;
        this.detail = detail;
        this.extensions = Map.copyOf(extensions);
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public GatewayException(Problem problem) {
        this(problem, null);
    }

    public Problem problem() {
        return problem;
    }

    public String detail() {
        return detail;
    }
}
