package id.jamsostek.gateway.batch;

import static id.jamsostek.gateway.database.TextArrays.column;

import id.jamsostek.gateway.database.GroupCommit;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Batches of every channel: a batch, its rows and one outbox row per row still to do, committed together, so nothing
 * the partner was told "accepted" can be lost, and the relay of any instance works through it.
 */
@Repository
public class BatchStore {


    private final DatabaseClient db;
    private final TransactionalOperator transaction;
    private final GroupCommit<Settling, Boolean> settlements;

    public BatchStore(DatabaseClient db, TransactionalOperator transaction) {
        this.db = db;
        this.transaction = transaction;
        this.settlements = new GroupCommit<>(this::settleAll);
    }

    /** A row already judged at the gateway ({@code problem} says why it is rejected) or, without one, to do. */
    public record NewRow(int index, String request, String problem) {}

    /** What became of a row: created or existing (with the KPJ the partner may learn, or none), or rejected. */
    public record Settlement(BatchRow.Outcome outcome, String kpj, String problem) {

        public static Settlement created(String kpj) {
            return new Settlement(BatchRow.Outcome.CREATED, kpj, null);
        }

        public static Settlement existing(String kpj) {
            return new Settlement(BatchRow.Outcome.EXISTING, kpj, null);
        }

        public static Settlement rejected(String problem) {
            return new Settlement(BatchRow.Outcome.REJECTED, null, problem);
        }
    }

    public record Batch(UUID id, BatchKind kind, String partnerId, String subject, int total, List<BatchRow> rows) {}

    /** The batch, all its rows in one statement, and an outbox row per row to do: one transaction. */
    public Mono<UUID> create(BatchKind kind, String partnerId, String subject, List<NewRow> rows) {
        Mono<UUID> created = db.sql("""
                        insert into batch (kind, partner_id, subject, total) values (:kind, :partner, :subject, :total)
                        returning id
                        """)
                .bind("kind", kind.name()).bind("partner", partnerId).bind("total", rows.size())
                .bind("subject", Parameter.fromOrEmpty(subject, String.class))
                .map(row -> row.get("id", UUID.class)).one()
                .flatMap(batch -> insertRows(batch, rows)
                        .then(db.sql("""
                                        insert into outbox (kind, aggregate_id, state, next_attempt_at)
                                        select :kind, id, 'PENDING', now() from batch_row
                                         where batch_id = :batch and outcome = 'PENDING'
                                        """)
                                .bind("kind", kind.outboxKind()).bind("batch", batch).then())
                        .thenReturn(batch));
        return created.as(transaction::transactional);
    }

    private Mono<Void> insertRows(UUID batch, List<NewRow> rows) {
        return db.sql("""
                        insert into batch_row (batch_id, row_index, request, outcome, problem)
                        select :batch, row_index::int, request::jsonb, outcome, problem::jsonb
                          from unnest(:indexes::text[], :requests::text[], :outcomes::text[], :problems::text[])
                               as new_row (row_index, request, outcome, problem)
                        """)
                .bind("batch", batch)
                .bind("indexes", column(rows, row -> Integer.toString(row.index())))
                .bind("requests", column(rows, NewRow::request))
                .bind("outcomes", column(rows, row -> (row.problem() == null ? BatchRow.Outcome.PENDING
                        : BatchRow.Outcome.REJECTED).name()))
                .bind("problems", column(rows, NewRow::problem))
                .then();
    }

    /** One row with the request as sent; empty if there is none with that id. */
    public Mono<BatchRow> row(UUID rowId) {
        return db.sql("""
                        select r.id, r.batch_id, b.partner_id, b.subject, r.row_index, r.request::text as request,
                               r.outcome, r.kpj, r.problem::text as problem
                          from batch_row r join batch b on b.id = r.batch_id
                         where r.id = :id
                        """)
                .bind("id", rowId).map(BatchStore::batchRow).one();
    }

    /**
     * Records a row's outcome once (a row already settled stays as it is), in one statement with the rows the relay
     * settles meanwhile ({@link GroupCommit}). The batch's status is derived from its rows when read, so rows settled
     * at once by several relays never race over it.
     */
    public Mono<Void> settle(UUID rowId, Settlement settlement) {
        return settlements.submit(new Settling(rowId, settlement)).then();
    }

    private record Settling(UUID rowId, Settlement settlement) {}

    private Mono<List<Optional<Boolean>>> settleAll(List<Settling> batch) {
        return db.sql("""
                        update batch_row set outcome = settled.outcome, kpj = settled.kpj,
                               problem = settled.problem::jsonb
                          from unnest(:ids::text[]::uuid[], :outcomes::text[], :kpjs::text[], :problems::text[])
                               as settled (id, outcome, kpj, problem)
                         where batch_row.id = settled.id and batch_row.outcome = 'PENDING'
                        """)
                .bind("ids", column(batch, settling -> settling.rowId().toString()))
                .bind("outcomes", column(batch, settling -> settling.settlement().outcome().name()))
                .bind("kpjs", column(batch, settling -> settling.settlement().kpj()))
                .bind("problems", column(batch, settling -> settling.settlement().problem()))
                .then()
                .thenReturn(batch.stream().map(settling -> Optional.of(true)).toList());
    }

    /** A batch's progress: how many of its rows are settled, and how. */
    public record Progress(UUID id, BatchKind kind, String partnerId, int total, long created, long existing,
            long rejected, long pending, Instant createdAt) {

        public long settled() {
            return created + existing + rejected;
        }
    }

    /** The latest batches with their progress, newest first. */
    public Flux<Progress> recent(int limit) {
        return db.sql("""
                        select b.id, b.kind, b.partner_id, b.total, b.created_at,
                               count(r.id) filter (where r.outcome = 'CREATED') as created,
                               count(r.id) filter (where r.outcome = 'EXISTING') as existing,
                               count(r.id) filter (where r.outcome = 'REJECTED') as rejected,
                               count(r.id) filter (where r.outcome = 'PENDING') as pending
                          from (select * from batch order by created_at desc limit :limit) b
                          left join batch_row r on r.batch_id = b.id
                         group by b.id, b.kind, b.partner_id, b.total, b.created_at
                         order by b.created_at desc
                        """)
                .bind("limit", limit)
                .map(row -> new Progress(row.get("id", UUID.class), BatchKind.valueOf(row.get("kind", String.class)),
                        row.get("partner_id", String.class), row.get("total", Integer.class),
                        row.get("created", Long.class), row.get("existing", Long.class),
                        row.get("rejected", Long.class), row.get("pending", Long.class),
                        row.get("created_at", OffsetDateTime.class).toInstant()))
                .all();
    }

    /** The batch with its rows (requests left out); empty unless it is this partner's and of this kind. */
    public Mono<Batch> batch(UUID id, String partnerId, BatchKind kind) {
        return db.sql("""
                        select id, partner_id, subject, total from batch
                         where id = :id and partner_id = :partner and kind = :kind
                        """)
                .bind("id", id).bind("partner", partnerId).bind("kind", kind.name())
                .map(row -> new Batch(row.get("id", UUID.class), kind, row.get("partner_id", String.class),
                        row.get("subject", String.class), row.get("total", Integer.class), List.of()))
                .one()
                .flatMap(batch -> db.sql("""
                                select r.id, r.batch_id, b.partner_id, b.subject, r.row_index, '{}' as request,
                                       r.outcome, r.kpj, r.problem::text as problem
                                  from batch_row r join batch b on b.id = r.batch_id
                                 where r.batch_id = :id order by r.row_index
                                """)
                        .bind("id", id).map(BatchStore::batchRow).all().collectList()
                        .map(rows -> new Batch(batch.id(), kind, batch.partnerId(), batch.subject(), batch.total(),
                                rows)));
    }

    private static BatchRow batchRow(Readable row) {
        return new BatchRow(row.get("id", UUID.class), row.get("batch_id", UUID.class),
                row.get("partner_id", String.class), row.get("subject", String.class),
                row.get("row_index", Integer.class), row.get("request", String.class),
                BatchRow.Outcome.valueOf(row.get("outcome", String.class)), row.get("kpj", String.class),
                row.get("problem", String.class));
    }
}
