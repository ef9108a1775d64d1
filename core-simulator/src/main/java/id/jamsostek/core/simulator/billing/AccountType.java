package id.jamsostek.core.simulator.billing;

/** Whose bill a customer number shows: an employer, one non-wage earner, or a collective payer of several. */
public enum AccountType {
    EMPLOYER, PARTICIPANT, COLLECTIVE
}
