package id.jamsostek.core.simulator.billing;

/** A refusal the HTTP layer renders as a problem; it changes no state. */
public final class CoreProblemException extends RuntimeException {

    private final ProblemType type;

    public CoreProblemException(ProblemType type, String detail) {
        super(detail, null, false, false);
        this.type = type;
    }

    public ProblemType type() {
        return type;
    }

    public String detail() {
        return getMessage();
    }
}
