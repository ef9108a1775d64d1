package id.jamsostek.core.simulator.billing;

/**
 * REGULAR = everything due on the account; PAYMENT_ORDER = months paid in advance, prepared on request, expiring
 * (an enrollment's first bill for a later month is one without expiry); COLLECTIVE = one month of a village's
 * budget-paid participants, made on request, one per village and month.
 */
public enum BillKind {
    REGULAR, PAYMENT_ORDER, COLLECTIVE
}
