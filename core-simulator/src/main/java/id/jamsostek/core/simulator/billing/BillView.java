package id.jamsostek.core.simulator.billing;

/** A bill with its status at the moment it was looked at. */
public record BillView(Bill bill, BillStatus status) {
}
