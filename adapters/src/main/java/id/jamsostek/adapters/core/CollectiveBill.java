package id.jamsostek.adapters.core;

/**
 * A village's collective bill: one bill, payable at a bank, for the members its budget pays for.
 *
 * @param created false when the core found the village's unpaid bill of the period and answered it again
 */
public record CollectiveBill(CoreBill bill, int members, boolean created) {}
