package id.jamsostek.gateway.payment;

import id.jamsostek.adapters.core.CoreBill;
import id.jamsostek.contracts.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The last bill each bank saw per virtual account (table bill_snapshot). */
@Repository
public class BillSnapshotStore {

    private final DatabaseClient db;

    public BillSnapshotStore(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Void> save(String partnerId, String virtualAccountNo, BillSnapshot snapshot) {
        return db.sql("""
                        insert into bill_snapshot (partner_id, virtual_account_no, bill_id, total_amount, status,
                                                   holder_name_masked, bill_details, fetched_at)
                        values (:partner, :va, :bill, :total, :status, :name, :details, now())
                        on conflict (partner_id, virtual_account_no) do update
                           set bill_id = excluded.bill_id, total_amount = excluded.total_amount,
                               status = excluded.status, holder_name_masked = excluded.holder_name_masked,
                               bill_details = excluded.bill_details, fetched_at = excluded.fetched_at
                        """)
                .bind("partner", partnerId).bind("va", virtualAccountNo).bind("bill", snapshot.billId())
                .bind("total", snapshot.totalAmount().amount()).bind("status", snapshot.status().name())
                .bind("name", snapshot.holderNameMasked()).bind("details", snapshot.billDetails())
                .then();
    }

    /** The partner's latest view of the virtual account, if it is younger than {@code maxAge}. */
    public Mono<BillSnapshot> find(String partnerId, String virtualAccountNo, Duration maxAge) {
        return db.sql("""
                        select bill_id, total_amount, status, holder_name_masked, bill_details, fetched_at
                          from bill_snapshot
                         where partner_id = :partner and virtual_account_no = :va
                           and fetched_at > now() - :age * interval '1 millisecond'
                        """)
                .bind("partner", partnerId).bind("va", virtualAccountNo).bind("age", maxAge.toMillis())
                .map(row -> new BillSnapshot(row.get("bill_id", String.class),
                        new Money(row.get("total_amount", BigDecimal.class)),
                        CoreBill.Status.valueOf(row.get("status", String.class)),
                        row.get("holder_name_masked", String.class), row.get("bill_details", String.class),
                        row.get("fetched_at", OffsetDateTime.class).toInstant()))
                .one();
    }
}
