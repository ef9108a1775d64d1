package id.jamsostek.gateway.batch;

import id.jamsostek.adapters.core.CoreRejection;

/** What a batch is of; each kind's rows are worked on by the outbox handler of its outbox kind. */
public enum BatchKind {

    /** Village software enrolling people (outbox kind as before batches were shared, for rows still pending). */
    VILLAGE_ENROLLMENT("ENROLLMENT_ROW", "village-enrollment-batch", "village.enroll",
            CoreRejection.ALREADY_PARTICIPANT),
    /** An employer's platform registering its employees. */
    EMPLOYEE_REGISTRATION("EMPLOYEE_ROW", "employer-employee-batch", "employer.employees",
            CoreRejection.ALREADY_EMPLOYEE),
    /** A Perisai agent registering informal workers. */
    AGENT_ENROLLMENT("AGENT_ENROLLMENT_ROW", "agent-enrollment-batch", "agent.enroll",
            CoreRejection.ALREADY_PARTICIPANT),
    /** A donor sponsoring participants; no refusal of the core means the sponsorship exists already. */
    DONOR_SPONSORSHIP("DONOR_SPONSORSHIP_ROW", "donor-sponsorship-batch", "donor.sponsor", null);

    private final String outboxKind;
    private final String operation;
    private final String scope;
    private final String existsAlready;

    BatchKind(String outboxKind, String operation, String scope, String existsAlready) {
        this.outboxKind = outboxKind;
        this.operation = operation;
        this.scope = scope;
        this.existsAlready = existsAlready;
    }

    public String outboxKind() {
        return outboxKind;
    }

    /** What the rows' keys toward the core are derived under, with the batch and the row's index. */
    public String operation() {
        return operation;
    }

    /** The scope a partner needs, when a row runs, for what the row asks. */
    public String scope() {
        return scope;
    }

    /**
     * The core's refusal that means what the row asks exists already: the row is EXISTING, not REJECTED; null for a
     * kind whose rows are never EXISTING.
     */
    String existsAlready() {
        return existsAlready;
    }
}
