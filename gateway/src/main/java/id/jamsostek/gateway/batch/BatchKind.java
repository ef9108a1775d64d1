package id.jamsostek.gateway.batch;

/** What a batch is of; each kind's rows are worked on by the outbox handler of its outbox kind. */
public enum BatchKind {

    /** Village software enrolling people (outbox kind as before batches were shared, for rows still pending). */
    VILLAGE_ENROLLMENT("ENROLLMENT_ROW"),
    /** An employer's platform registering its employees. */
    EMPLOYEE_REGISTRATION("EMPLOYEE_ROW"),
    /** A Perisai agent registering informal workers. */
    AGENT_ENROLLMENT("AGENT_ENROLLMENT_ROW");

    private final String outboxKind;

    BatchKind(String outboxKind) {
        this.outboxKind = outboxKind;
    }

    public String outboxKind() {
        return outboxKind;
    }
}
