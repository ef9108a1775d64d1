package id.jamsostek.core.simulator.billing;

/** REGULAR = everything due on the account; PAYMENT_ORDER = months paid in advance, prepared on request, expiring. */
public enum BillKind {
    REGULAR, PAYMENT_ORDER
}
