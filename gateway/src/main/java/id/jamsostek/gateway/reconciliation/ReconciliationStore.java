package id.jamsostek.gateway.reconciliation;

import id.jamsostek.contracts.Money;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reconciliation runs and their breaks (tables reconciliation_run, reconciliation_break). */
@Repository
public class ReconciliationStore {

    private final DatabaseClient db;
    private final TransactionalOperator transaction;

    public ReconciliationStore(DatabaseClient db, TransactionalOperator transaction) {
        this.db = db;
        this.transaction = transaction;
    }

    public Mono<UUID> save(String partnerId, LocalDate day, ReconciliationRun.Source source, int bankLines,
            int gatewayPayments, ThreeWayMatch.Result result, int redriven) {
        Mono<UUID> saved = db.sql("""
                        insert into reconciliation_run (partner_id, business_date, source, bank_lines, gateway_payments,
                                                        matched, redriven)
                        values (:partner, :day, :source, :bank, :gateway, :matched, :redriven) returning id
                        """)
                .bind("partner", partnerId).bind("day", day).bind("source", source.name()).bind("bank", bankLines)
                .bind("gateway", gatewayPayments).bind("matched", result.matched()).bind("redriven", redriven)
                .map(row -> row.get("id", UUID.class)).one()
                .flatMap(run -> Flux.fromIterable(result.breaks()).concatMap(found -> insert(run, found))
                        .then(Mono.just(run)));
        return saved.as(transaction::transactional);
    }

    private Mono<Void> insert(UUID run, Break found) {
        var spec = db.sql("""
                        insert into reconciliation_break (run_id, cause, ours, payment_key, payment_request_id,
                                                          virtual_account_no, bank_amount, gateway_amount)
                        values (:run, :cause, :ours, :key, :request, :va, :bank, :gateway)
                        """)
                .bind("run", run).bind("cause", found.cause().name()).bind("ours", found.cause().ours())
                .bind("request", found.paymentRequestId()).bind("va", found.virtualAccountNo());
        spec = found.paymentKey() == null ? spec.bindNull("key", String.class) : spec.bind("key", found.paymentKey());
        spec = found.bankAmount() == null ? spec.bindNull("bank", BigDecimal.class)
                : spec.bind("bank", found.bankAmount().amount());
        spec = found.gatewayAmount() == null ? spec.bindNull("gateway", BigDecimal.class)
                : spec.bind("gateway", found.gatewayAmount().amount());
        return spec.then();
    }

    public Mono<ReconciliationRun> find(UUID id) {
        return db.sql("select * from reconciliation_run where id = :id").bind("id", id)
                .map(row -> new ReconciliationRun(id, row.get("partner_id", String.class),
                        row.get("business_date", LocalDate.class),
                        ReconciliationRun.Source.valueOf(row.get("source", String.class)),
                        row.get("bank_lines", Integer.class), row.get("gateway_payments", Integer.class),
                        row.get("matched", Integer.class), row.get("redriven", Integer.class), List.of()))
                .one()
                .flatMap(run -> breaksOf(id).map(breaks -> new ReconciliationRun(run.id(), run.partnerId(),
                        run.businessDate(), run.source(), run.bankLines(), run.gatewayPayments(), run.matched(),
                        run.redriven(), breaks)));
    }

    /** A run as operators list them: its figures and how many of its breaks are still open. */
    public record RunLine(UUID id, String partnerId, LocalDate businessDate, ReconciliationRun.Source source,
            int bankLines, int gatewayPayments, int matched, int redriven, long openBreaks, Instant createdAt) {}

    /** The latest runs, newest first. */
    public Flux<RunLine> recent(int limit) {
        return db.sql("""
                        select r.*, (select count(*) from reconciliation_break b
                                      where b.run_id = r.id and b.state = 'OPEN') as open_breaks
                          from reconciliation_run r order by r.created_at desc limit :limit
                        """)
                .bind("limit", limit)
                .map(row -> new RunLine(row.get("id", UUID.class), row.get("partner_id", String.class),
                        row.get("business_date", LocalDate.class),
                        ReconciliationRun.Source.valueOf(row.get("source", String.class)),
                        row.get("bank_lines", Integer.class), row.get("gateway_payments", Integer.class),
                        row.get("matched", Integer.class), row.get("redriven", Integer.class),
                        row.get("open_breaks", Long.class), row.get("created_at", OffsetDateTime.class).toInstant()))
                .all();
    }

    private Mono<List<ReconciliationRun.StoredBreak>> breaksOf(UUID run) {
        return db.sql("select * from reconciliation_break where run_id = :run order by id").bind("run", run)
                .map(ReconciliationStore::storedBreak).all().collectList();
    }

    /** An operator settles a break; false if it is not open. */
    public Mono<Boolean> close(long id, String operator, String note) {
        return db.sql("""
                        update reconciliation_break set state = 'CLOSED', closed_by = :operator, closed_at = now(),
                               note = :note
                         where id = :id and state = 'OPEN'
                        """)
                .bind("id", id).bind("operator", operator).bind("note", note)
                .fetch().rowsUpdated().map(updated -> updated == 1);
    }

    private static ReconciliationRun.StoredBreak storedBreak(Readable row) {
        BigDecimal bank = row.get("bank_amount", BigDecimal.class);
        BigDecimal gateway = row.get("gateway_amount", BigDecimal.class);
        return new ReconciliationRun.StoredBreak(row.get("id", Long.class), new Break(
                Break.Cause.valueOf(row.get("cause", String.class)), row.get("payment_key", String.class),
                row.get("payment_request_id", String.class), row.get("virtual_account_no", String.class),
                bank == null ? null : new Money(bank), gateway == null ? null : new Money(gateway)),
                row.get("state", String.class));
    }
}
