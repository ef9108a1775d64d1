package id.jamsostek.gateway.payment;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Payments the core refused after the bank was answered: what to give back to whom, until an operator closes it. */
@Repository
public class PaymentExceptionStore {

    /** @param action REFUND (give the bank its money back) or REVERSE_AT_CORE (undo a posting the bank did not pay) */
    public record PaymentException(long id, UUID paymentId, String paymentKey, String action, String reason,
            String refundTo,
            String amount, String virtualAccountNo, String paymentRequestId, String state, OffsetDateTime createdAt,
            String closedBy, String note) {}

    private final DatabaseClient db;

    public PaymentExceptionStore(DatabaseClient db) {
        this.db = db;
    }

    /** The newest first; the gauges count them all. */
    public Flux<PaymentException> list(String state, int limit) {
        return db.sql("""
                        select e.id, e.payment_id, p.payment_key, e.action, e.reason, e.refund_to, e.amount,
                               p.virtual_account_no, p.payment_request_id, e.state, e.created_at, e.closed_by, e.note
                          from payment_exception e join bank_payment p on p.id = e.payment_id
                         where e.state = :state order by e.id desc limit :limit
                        """)
                .bind("state", state).bind("limit", limit)
                .map(row -> new PaymentException(row.get("id", Long.class), row.get("payment_id", UUID.class),
                        row.get("payment_key", String.class), row.get("action", String.class),
                        row.get("reason", String.class),
                        row.get("refund_to", String.class), row.get("amount", BigDecimal.class).toPlainString(),
                        row.get("virtual_account_no", String.class), row.get("payment_request_id", String.class),
                        row.get("state", String.class), row.get("created_at", OffsetDateTime.class),
                        row.get("closed_by", String.class), row.get("note", String.class)))
                .all();
    }

    /** Closes an open exception (the refund was made); false if there is no such open exception. */
    public Mono<Boolean> close(long id, String operator, String note) {
        return db.sql("""
                        update payment_exception set state = 'CLOSED', closed_at = now(), closed_by = :operator,
                               note = :note
                         where id = :id and state = 'OPEN'
                        """)
                .bind("id", id).bind("operator", operator).bind("note", note)
                .fetch().rowsUpdated().map(updated -> updated == 1);
    }
}
