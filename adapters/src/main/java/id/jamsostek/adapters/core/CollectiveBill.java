package id.jamsostek.adapters.core;

/** A village's collective bill: one bill, payable at a bank, for the members its budget pays for. */
public record CollectiveBill(CoreBill bill, int members) {}
