package id.jamsostek.gateway.reconciliation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One reconciliation of a bank's day and the breaks it found (each with its id once stored). */
public record ReconciliationRun(UUID id, String partnerId, LocalDate businessDate, Source source, int bankLines,
        int gatewayPayments, int matched, int redriven, List<StoredBreak> breaks) {

    public enum Source { CSV, SNAP_REPORT }

    public record StoredBreak(long id, Break detail, String state) {}
}
