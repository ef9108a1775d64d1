package id.jamsostek.core.simulator.billing;

import java.time.YearMonth;

/**
 * What has been paid on an account. Immutable: an account swaps it whole.
 *
 * @param paidThrough the last contribution month paid
 * @param lastPaidBill the latest bill paid, shown when nothing is due; null before any payment
 * @param pendingOrder a payment order prepared and not paid yet (it may have expired); null for none
 */
public record AccountState(YearMonth paidThrough, Bill lastPaidBill, Bill pendingOrder) {
}
