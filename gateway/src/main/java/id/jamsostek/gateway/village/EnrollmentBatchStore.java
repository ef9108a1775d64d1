package id.jamsostek.gateway.village;

import io.r2dbc.spi.Readable;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Enrollment batches: a batch, its rows and one outbox row per row to enroll, committed together, so nothing the
 * partner was told "accepted" can be lost, and the relay of any instance works through it.
 */
@Repository
public class EnrollmentBatchStore {

    public static final String OUTBOX_KIND = "ENROLLMENT_ROW";

    private final DatabaseClient db;
    private final TransactionalOperator transaction;

    public EnrollmentBatchStore(DatabaseClient db, TransactionalOperator transaction) {
        this.db = db;
        this.transaction = transaction;
    }

    /** A row already judged at the gateway (rejected) or to be enrolled (pending, with an outbox row). */
    record NewRow(int index, String request, String rejection) {}

    Mono<UUID> create(String partnerId, List<NewRow> rows) {
        Mono<UUID> created = db.sql("insert into enrollment_batch (partner_id, total) values (:partner, :total) "
                        + "returning id")
                .bind("partner", partnerId).bind("total", rows.size())
                .map(row -> row.get("id", UUID.class)).one()
                .flatMap(batch -> Flux.fromIterable(rows)
                        .concatMap(row -> insertRow(batch, row))
                        .then(db.sql("""
                                        insert into outbox (kind, aggregate_id, state, next_attempt_at)
                                        select :kind, id, 'PENDING', now() from enrollment_batch_row
                                         where batch_id = :batch and outcome = 'PENDING'
                                        """)
                                .bind("kind", OUTBOX_KIND).bind("batch", batch).then())
                        .thenReturn(batch));
        return created.as(transaction::transactional);
    }

    private Mono<Void> insertRow(UUID batch, NewRow row) {
        var spec = db.sql("""
                        insert into enrollment_batch_row (batch_id, row_index, request, outcome, problem)
                        values (:batch, :index, cast(:request as jsonb), :outcome, cast(:problem as jsonb))
                        """)
                .bind("batch", batch).bind("index", row.index()).bind("request", row.request())
                .bind("outcome", row.rejection() == null ? "PENDING" : "REJECTED");
        spec = row.rejection() == null ? spec.bindNull("problem", String.class) : spec.bind("problem", row.rejection());
        return spec.then();
    }

    Mono<BatchRow> row(UUID rowId) {
        return db.sql("""
                        select r.id, r.batch_id, b.partner_id, r.row_index, r.request::text as request, r.outcome,
                               r.kpj, r.problem::text as problem
                          from enrollment_batch_row r join enrollment_batch b on b.id = r.batch_id
                         where r.id = :id
                        """)
                .bind("id", rowId).map(EnrollmentBatchStore::batchRow).one();
    }

    /**
     * Records a row's outcome once (a row already settled stays as it is). The batch's status is derived from its
     * rows when read, so rows settled at once by several relays never race over it.
     */
    Mono<Void> settle(UUID rowId, BatchRow.Outcome outcome, String kpj, String problem) {
        var spec = db.sql("""
                        update enrollment_batch_row set outcome = :outcome, kpj = :kpj, problem = cast(:problem as jsonb)
                         where id = :id and outcome = 'PENDING'
                        """)
                .bind("id", rowId).bind("outcome", outcome.name());
        spec = kpj == null ? spec.bindNull("kpj", String.class) : spec.bind("kpj", kpj);
        spec = problem == null ? spec.bindNull("problem", String.class) : spec.bind("problem", problem);
        return spec.then();
    }

    record Batch(UUID id, String partnerId, int total, List<BatchRow> rows) {}

    /** The batch with its rows; empty if there is none of this partner's with that id. */
    Mono<Batch> batch(UUID id, String partnerId) {
        return db.sql("select id, partner_id, total from enrollment_batch where id = :id and partner_id = :partner")
                .bind("id", id).bind("partner", partnerId)
                .map(row -> new Batch(row.get("id", UUID.class), row.get("partner_id", String.class),
                        row.get("total", Integer.class), List.of()))
                .one()
                .flatMap(batch -> db.sql("""
                                select r.id, r.batch_id, b.partner_id, r.row_index, '{}' as request, r.outcome, r.kpj,
                                       r.problem::text as problem
                                  from enrollment_batch_row r join enrollment_batch b on b.id = r.batch_id
                                 where r.batch_id = :id order by r.row_index
                                """)
                        .bind("id", id).map(EnrollmentBatchStore::batchRow).all().collectList()
                        .map(rows -> new Batch(batch.id(), batch.partnerId(), batch.total(), rows)));
    }

    private static BatchRow batchRow(Readable row) {
        return new BatchRow(row.get("id", UUID.class), row.get("batch_id", UUID.class),
                row.get("partner_id", String.class), row.get("row_index", Integer.class),
                row.get("request", String.class), BatchRow.Outcome.valueOf(row.get("outcome", String.class)),
                row.get("kpj", String.class), row.get("problem", String.class));
    }
}
