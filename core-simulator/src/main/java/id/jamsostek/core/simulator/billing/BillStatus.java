package id.jamsostek.core.simulator.billing;

public enum BillStatus {
    UNPAID, PAID, EXPIRED
}
