package id.jamsostek.gateway.problem;

/**
 * Raised by filters and handlers with {@code Mono.error}; the {@link ProblemRenderer} writes it. {@code detail}
 * names the field or the reason, never a value the caller sent (it may be personal data).
 */
public final class GatewayException extends RuntimeException {

    private final Problem problem;
    private final String detail;

    public GatewayException(Problem problem, String detail) {
        super(problem.name() + (detail == null ? "" : ": " + detail), null, false, false);
        this.problem = problem;
        this.detail = detail;
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
