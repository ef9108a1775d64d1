package id.jamsostek.gateway.outbox;

import id.jamsostek.gateway.database.GroupCommit;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Leases and settles outbox rows. Leasing takes due rows with FOR UPDATE SKIP LOCKED, so instances never take the
 * same row, and a row whose lease ran out (its instance died) is due again.
 */
@Repository
public class OutboxStore {


    private final DatabaseClient db;
    private final GroupCommit<Long, Boolean> finished;

    public OutboxStore(DatabaseClient db) {
        this.db = db;
        this.finished = new GroupCommit<>(this::doneAll);
    }

    /** Due rows of the given kinds (those this instance can work on: an older instance leaves newer kinds alone). */
    public Flux<OutboxItem> lease(String owner, Collection<String> kinds, int batch, Duration lease) {
        return db.sql("""
                        update outbox set lease_owner = :owner,
                               lease_until = now() + :lease * interval '1 millisecond', attempts = attempts + 1
                         where id in (select id from outbox
                                       where state = 'PENDING' and next_attempt_at <= now()
                                         and kind = any(:kinds)
                                         and (lease_until is null or lease_until < now())
                                       order by next_attempt_at
                                       limit :batch
                                       for update skip locked)
                        returning id, kind, aggregate_id, attempts
                        """)
                .bind("owner", owner).bind("lease", lease.toMillis()).bind("batch", batch)
                .bind("kinds", kinds.toArray(String[]::new))
                .map(row -> new OutboxItem(row.get("id", Long.class), row.get("kind", String.class),
                        row.get("aggregate_id", UUID.class), row.get("attempts", Integer.class)))
                .all();
    }

    /** Settles the row, in one statement with the rows the relay settles meanwhile ({@link GroupCommit}). */
    public Mono<Void> done(long id) {
        return finished.submit(id).then();
    }

    private Mono<List<Optional<Boolean>>> doneAll(List<Long> ids) {
        return db.sql("""
                        update outbox set state = 'DONE', done_at = now(), lease_owner = null
                         where id = any(:ids::text[]::bigint[])
                        """)
                .bind("ids", ids.stream().map(String::valueOf).toArray(String[]::new))
                .then()
                .thenReturn(ids.stream().map(id -> Optional.of(true)).toList());
    }

    /** Another attempt after {@code wait}; or, past the last attempt, a dead letter. */
    public Mono<Void> retryLater(OutboxItem item, Duration wait, int maxAttempts, String error) {
        return db.sql("""
                        update outbox set state = case when attempts >= :max then 'DEAD' else 'PENDING' end,
                               next_attempt_at = now() + :wait * interval '1 millisecond',
                               lease_owner = null, lease_until = null, last_error = :error
                         where id = :id and state = 'PENDING'
                        """)
                .bind("id", item.id()).bind("wait", wait.toMillis()).bind("max", maxAttempts)
                .bind("error", error)
                .then();
    }

    public record DeadLetter(long id, String kind, UUID aggregateId, int attempts, String lastError,
            OffsetDateTime createdAt) {}

    /** The newest dead letters first: what just broke is what an operator looks for; the gauges count them all. */
    public Flux<DeadLetter> deadLetters(int limit) {
        return db.sql("""
                        select id, kind, aggregate_id, attempts, last_error, created_at from outbox
                         where state = 'DEAD' order by id desc limit :limit
                        """)
                .bind("limit", limit)
                .map(row -> new DeadLetter(row.get("id", Long.class), row.get("kind", String.class),
                        row.get("aggregate_id", UUID.class), row.get("attempts", Integer.class),
                        row.get("last_error", String.class), row.get("created_at", OffsetDateTime.class)))
                .all();
    }

    /** Puts a dead letter back in line, attempts counted afresh; false if there is no such dead letter. */
    public Mono<Boolean> redrive(long id) {
        return db.sql("""
                        update outbox set state = 'PENDING', attempts = 0, next_attempt_at = now(),
                               lease_owner = null, lease_until = null
                         where id = :id and state = 'DEAD'
                        """)
                .bind("id", id).fetch().rowsUpdated().map(updated -> updated == 1);
    }

    /** Puts the open row of an aggregate (pending or dead) first in line, as reconciliation does with its breaks. */
    public Mono<Boolean> redriveNow(String kind, java.util.UUID aggregateId) {
        return db.sql("""
                        update outbox set state = 'PENDING', attempts = 0, next_attempt_at = now(),
                               lease_owner = null, lease_until = null
                         where kind = :kind and aggregate_id = :aggregate and state <> 'DONE'
                        """)
                .bind("kind", kind).bind("aggregate", aggregateId).fetch().rowsUpdated().map(updated -> updated == 1);
    }

    public record Depth(long pending, long dead, Duration oldestPendingAge) {}

    public Mono<Depth> depth() {
        return db.sql("""
                        select count(*) filter (where state = 'PENDING') as pending,
                               count(*) filter (where state = 'DEAD') as dead,
                               coalesce(extract(epoch from now() - min(created_at) filter (where state = 'PENDING')), 0)
                                   as oldest
                          from outbox where state <> 'DONE'
                        """)
                .map(row -> new Depth(row.get("pending", Long.class), row.get("dead", Long.class),
                        Duration.ofMillis((long) (row.get("oldest", java.math.BigDecimal.class).doubleValue() * 1000))))
                .one();
    }
}
