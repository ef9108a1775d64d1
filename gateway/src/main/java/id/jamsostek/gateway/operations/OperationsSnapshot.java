package id.jamsostek.gateway.operations;

import java.time.Instant;
import java.util.Map;

/**
 * What needs an operator, read at once from PostgreSQL: the same figures whichever instance reads them.
 *
 * @param outbox           per outbox kind (every kind this instance delivers, and any other with open rows)
 * @param batchRowsPending per batch kind, rows not yet settled (their delivery pending or dead)
 */
public record OperationsSnapshot(Instant sampledAt, Map<String, OutboxFigures> outbox,
        OpenExceptions paymentExceptions, UnknownOutcomes unknownOutcomes, Map<String, Long> batchRowsPending) {

    /** Rows waiting for delivery, the age of the oldest of them (0 when none waits), and dead letters. */
    public record OutboxFigures(long pending, double oldestPendingAgeSeconds, long dead) {}

    /** Payments to refund that no operator has closed yet, and their total (a rupiah amount, "150000.00"). */
    public record OpenExceptions(long count, String amount) {}

    /**
     * Payments accepted whose outcome at the core is not known yet (neither posted nor refused), and the age of the
     * oldest (0 when there is none).
     */
    public record UnknownOutcomes(long payments, double oldestAgeSeconds) {}
}
