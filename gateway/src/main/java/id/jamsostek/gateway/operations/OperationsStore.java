package id.jamsostek.gateway.operations;

import id.jamsostek.contracts.Money;
import id.jamsostek.gateway.batch.BatchKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Reads every figure of an {@link OperationsSnapshot} in one statement. */
@Repository
class OperationsStore {

    /**
     * One row per figure (and kind). Every part reads through a partial index of open work: the outbox's open rows
     * (kind, aggregate) and the one-in-flight index of accepted payments. Pending batch rows are found through their
     * open outbox rows (a row keeps one until it is settled) rather than by scanning batch_row, which only grows.
     */
    private static final String FIGURES = """
            select 'OUTBOX_' || state as figure, kind, count(*) as count, null::numeric as amount,
                   extract(epoch from now() - min(created_at))::float8 as oldest_seconds
              from outbox where state <> 'DONE' group by kind, state
            union all
            select 'EXCEPTIONS_OPEN', null, count(*), coalesce(sum(amount), 0), null
              from payment_exception where state = 'OPEN'
            union all
            select 'UNKNOWN_OUTCOMES', null, count(*), null,
                   coalesce(extract(epoch from now() - min(accepted_at))::float8, 0)
              from bank_payment where state = 'ACCEPTED'
            union all
            select 'BATCH_ROWS_PENDING', b.kind, count(*), null, null
              from outbox o join batch_row r on r.id = o.aggregate_id join batch b on b.id = r.batch_id
             where o.state <> 'DONE' and o.kind = any(:batchOutboxKinds) and r.outcome = 'PENDING'
             group by b.kind
            """;

    private static final String[] BATCH_OUTBOX_KINDS = Arrays.stream(BatchKind.values()).map(BatchKind::outboxKind)
            .toArray(String[]::new);

    /** One row of {@link #FIGURES}; amount and oldestSeconds are 0 where the figure has none. */
    private record Figure(String figure, String kind, long count, BigDecimal amount, double oldestSeconds) {}

    private static final Figure NONE = new Figure("", "", 0, BigDecimal.ZERO, 0);

    private final DatabaseClient db;

    OperationsStore(DatabaseClient db) {
        this.db = db;
    }

    /** The figures now; the given outbox kinds and every batch kind are listed even when they have nothing open. */
    Mono<OperationsSnapshot> read(Collection<String> outboxKinds) {
        return db.sql(FIGURES)
                .bind("batchOutboxKinds", BATCH_OUTBOX_KINDS)
                .map(row -> new Figure(row.get("figure", String.class), row.get("kind", String.class),
                        row.get("count", Long.class), orZero(row.get("amount", BigDecimal.class)),
                        orZero(row.get("oldest_seconds", Double.class))))
                .all()
                .collectList()
                .map(figures -> snapshot(outboxKinds, figures));
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }

    private static OperationsSnapshot snapshot(Collection<String> outboxKinds, List<Figure> rows) {
        Map<String, Map<String, Figure>> figures = new HashMap<>();
        rows.forEach(row -> figures.computeIfAbsent(row.figure(), figure -> new HashMap<>())
                .put(row.kind() == null ? "" : row.kind(), row));
        Map<String, Figure> pending = figures.getOrDefault("OUTBOX_PENDING", Map.of());
        Map<String, Figure> dead = figures.getOrDefault("OUTBOX_DEAD", Map.of());
        Set<String> kinds = new TreeSet<>(outboxKinds);
        kinds.addAll(pending.keySet());
        kinds.addAll(dead.keySet());
        Map<String, OperationsSnapshot.OutboxFigures> outbox = new TreeMap<>();
        for (String kind : kinds) {
            Figure waiting = pending.getOrDefault(kind, NONE);
            outbox.put(kind, new OperationsSnapshot.OutboxFigures(waiting.count(), waiting.oldestSeconds(),
                    dead.getOrDefault(kind, NONE).count()));
        }
        Figure exceptions = figures.get("EXCEPTIONS_OPEN").get("");
        Figure unknown = figures.get("UNKNOWN_OUTCOMES").get("");
        Map<String, Figure> batchRows = figures.getOrDefault("BATCH_ROWS_PENDING", Map.of());
        Map<String, Long> batchRowsPending = new TreeMap<>();
        for (BatchKind kind : BatchKind.values()) {
            batchRowsPending.put(kind.name(), batchRows.getOrDefault(kind.name(), NONE).count());
        }
        return new OperationsSnapshot(Instant.now(), outbox,
                new OperationsSnapshot.OpenExceptions(exceptions.count(), new Money(exceptions.amount()).toWire()),
                new OperationsSnapshot.UnknownOutcomes(unknown.count(), unknown.oldestSeconds()), batchRowsPending);
    }
}
