package id.jamsostek.bench.drill;

import java.time.Instant;

/**
 * A payment the core posted, as a drill reads it from the simulator's ledger ({@code GET /sim/v1/postings}, or
 * {@code ledger().postings()} in-process).
 *
 * @param reference the caller's reference: a bank payment's paymentRequestId
 */
public record CorePosting(String reference, String customerNo, String billId, Instant postedAt) {
}
