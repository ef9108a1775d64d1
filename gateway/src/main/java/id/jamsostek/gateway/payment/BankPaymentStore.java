package id.jamsostek.gateway.payment;

import static id.jamsostek.gateway.database.TextArrays.column;

import id.jamsostek.adapters.bank.PaymentFlag;
import id.jamsostek.contracts.Money;
import id.jamsostek.gateway.database.GroupCommit;
import id.jamsostek.gateway.idempotency.IdempotencyStore;
import id.jamsostek.gateway.idempotency.KeyClaim;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Bank payments and their outbox rows. Every change of state is one statement (CTEs where two tables move), and
 * conditional on the state it leaves, so the fast path and the relay of any instance can race without harm.
 */
@Repository
public class BankPaymentStore {

    public static final String OUTBOX_KIND = "BANK_PAYMENT";

    private static final String COLUMNS = """
            id, payment_key, partner_id, company_code, customer_no, virtual_account_no, payment_request_id,
            holder_name_masked, bill_id, bill_details, amount, state, promised, rejection, accepted_at
            """;

    /**
     * Ends a statement whose CTE {@code moved} changed the payment: the changed row, or, if nothing changed (another
     * instance got there first), the row as it is, in the same round trip.
     */
    private static final String AS_IT_IS_NOW = "select " + COLUMNS + " from moved union all select " + COLUMNS
            + " from bank_payment where id = :id and not exists (select 1 from moved)";


    private final DatabaseClient db;
    private final GroupCommit<Accepting, Acceptance> accepts;
    private final GroupCommit<Posting, BankPayment> postings;

    public BankPaymentStore(DatabaseClient db) {
        this.db = db;
        this.accepts = new GroupCommit<>(this::acceptAll);
        this.postings = new GroupCommit<>(this::postAll);
    }

    public Mono<BankPayment> byKey(String paymentKey) {
        return db.sql("select " + COLUMNS + " from bank_payment where payment_key = :key")
                .bind("key", paymentKey).map(BankPaymentStore::payment).one();
    }

    /** The partner's payments accepted on a day, [from, to). */
    public Flux<BankPayment> acceptedBetween(String partnerId, OffsetDateTime from, OffsetDateTime to) {
        return db.sql("select " + COLUMNS + """
                         from bank_payment
                        where partner_id = :partner and accepted_at >= :from and accepted_at < :to
                        order by accepted_at
                        """)
                .bind("partner", partnerId).bind("from", from).bind("to", to)
                .map(BankPaymentStore::payment).all();
    }

    /**
     * Payments whose outcome is not known yet (accepted, neither posted at the core nor refused), oldest first: what
     * operators watch age. Read through the one-in-flight index of accepted payments.
     */
    public Flux<BankPayment> unknownOutcomes(int limit) {
        return db.sql("select " + COLUMNS + " from bank_payment where state = 'ACCEPTED' order by accepted_at limit :limit")
                .bind("limit", limit).map(BankPaymentStore::payment).all();
    }

    public Mono<BankPayment> byId(UUID id) {
        return db.sql("select " + COLUMNS + " from bank_payment where id = :id")
                .bind("id", id).map(BankPaymentStore::payment).one();
    }

    /**
     * Commits the payment and its outbox row together, in one statement with those of other payments arriving
     * meanwhile (one round trip and one commit for all of them, {@link GroupCommit}). Empty when a payment with this
     * key exists, or when another payment of the virtual account is on its way: the unique indexes decide, also
     * between two payments of one batch.
     */
    public Mono<BankPayment> accept(NewPayment payment, Duration fastPathGrace) {
        return accepts.submit(new Accepting(payment, fastPathGrace, null))
                .flatMap(acceptance -> Mono.justOrEmpty(acceptance.payment()));
    }

    /**
     * As {@link #accept(NewPayment, Duration)}, claiming the request's X-EXTERNAL-ID in the same statement: the payment
     * is accepted only if the id is claimed, and the claim stands whether it is accepted or not.
     */
    public Mono<Acceptance> accept(NewPayment payment, KeyClaim externalId, Duration fastPathGrace) {
        return accepts.submit(new Accepting(payment, fastPathGrace, externalId));
    }

    /**
     * What an acceptance came to: whether the request's X-EXTERNAL-ID is its own (another request holds it: nothing
     * was written), and the payment if it was accepted.
     */
    public record Acceptance(boolean idClaimed, Optional<BankPayment> payment) {

        static final Acceptance ID_TAKEN = new Acceptance(false, Optional.empty());
    }

    /** @param externalId the claim to make with the payment; null when it was claimed before */
    private record Accepting(NewPayment payment, Duration grace, KeyClaim externalId) {}

    private static final String ACCEPT = """
            with accepting as (
                select * from unnest(:keys::text[], :partners::text[], :companies::text[], :customers::text[],
                                     :vas::text[], :requests::text[], :amounts::text[], :graces::text[],
                                     :scopes::text[], :externalIds::text[], :fingerprints::text[], :expires::text[])
                     with ordinality as item (payment_key, partner_id, company_code, customer_no, virtual_account_no,
                                              payment_request_id, amount, grace, scope, idem_key, fingerprint,
                                              expires, n)
            ),
            claimed as (
            """ + IdempotencyStore.claimsOf("""
                (select partner_id as partner, scope, idem_key, fingerprint, expires
                   from accepting where idem_key is not null) as claim""") + """
            ),
            admitted as (
                select * from accepting
                 where idem_key is null
                    or exists (select 1 from claimed where claimed.partner_id = accepting.partner_id
                                  and claimed.scope = accepting.scope and claimed.idem_key = accepting.idem_key)
            ),
            saved as (
                insert into bank_payment (payment_key, partner_id, company_code, customer_no, virtual_account_no,
                       payment_request_id, amount, currency, state)
                select payment_key, partner_id, company_code, customer_no, virtual_account_no, payment_request_id,
                       amount::numeric, 'IDR', 'ACCEPTED'
                  from admitted
                on conflict do nothing
                returning\s""" + COLUMNS + """
            ),
            queued as (
                insert into outbox (kind, aggregate_id, state, next_attempt_at)
                select :kind, saved.id, 'PENDING', now() + grace.millis::bigint * interval '1 millisecond'
                  from saved join (select distinct on (payment_key) payment_key, grace as millis from admitted) as grace
                       using (payment_key)
                returning id)
            select accepting.n, accepting.idem_key is null or admitted.n is not null as id_claimed, saved.*
              from accepting left join admitted using (n) left join saved on saved.payment_key = accepting.payment_key
             order by accepting.n
            """;

    private Mono<List<Optional<Acceptance>>> acceptAll(List<Accepting> batch) {
        // a second claim of one id in a batch loses to the first, as it would a moment later: it is not written
        Map<String, KeyClaim> firstClaims = IdempotencyStore.firstOfEachKey(
                batch.stream().map(Accepting::externalId).filter(Objects::nonNull).toList());
        List<Accepting> written = batch.stream()
                .filter(accepting -> accepting.externalId() == null
                        || firstClaims.get(accepting.externalId().id()) == accepting.externalId())
                .toList();
        return db.sql(ACCEPT)
                .bind("keys", column(written, accepting -> accepting.payment().paymentKey()))
                .bind("partners", column(written, accepting -> accepting.payment().partnerId()))
                .bind("companies", column(written, accepting -> accepting.payment().companyCode()))
                .bind("customers", column(written, accepting -> accepting.payment().customerNo()))
                .bind("vas", column(written, accepting -> accepting.payment().virtualAccountNo()))
                .bind("requests", column(written, accepting -> accepting.payment().paymentRequestId()))
                .bind("amounts", column(written, accepting -> accepting.payment().amount().amount().toPlainString()))
                .bind("graces", column(written, accepting -> Long.toString(accepting.grace().toMillis())))
                .bind("scopes", column(written, accepting -> claimed(accepting, KeyClaim::scope)))
                .bind("externalIds", column(written, accepting -> claimed(accepting, KeyClaim::key)))
                .bind("fingerprints", column(written, accepting -> claimed(accepting, KeyClaim::fingerprintHex)))
                .bind("expires", column(written, accepting -> claimed(accepting, claim -> claim.expiresAt().toString())))
                .bind("kind", OUTBOX_KIND)
                .map(row -> new Acceptance(Boolean.TRUE.equals(row.get("id_claimed", Boolean.class)),
                        row.get("id") == null ? Optional.empty() : Optional.of(payment(row))))
                .all()
                .collectList()
                .map(acceptances -> eachItemsAcceptance(batch, written, acceptances));
    }

    private static String claimed(Accepting accepting, Function<KeyClaim, String> value) {
        return accepting.externalId() == null ? null : value.apply(accepting.externalId());
    }

    /** {@code acceptances} are those of {@code written}, in its order; an item of the batch not written lost its id. */
    private static List<Optional<Acceptance>> eachItemsAcceptance(List<Accepting> batch, List<Accepting> written,
            List<Acceptance> acceptances) {
        List<Optional<Acceptance>> results = new ArrayList<>(batch.size());
        int next = 0;
        for (Accepting accepting : batch) {
            boolean wasWritten = next < written.size() && written.get(next) == accepting;
            results.add(Optional.of(wasWritten ? acceptances.get(next++) : Acceptance.ID_TAKEN));
        }
        return results;
    }

    /**
     * The core posted it, on {@code paid}; the bank is (or will be) told success. The postings of concurrent payments
     * go in one statement ({@link GroupCommit}); a payment that statement did not move (no longer ACCEPTED: the relay
     * or a cancellation got there first) is settled by {@link #postedAlone}, which sees why.
     */
    public Mono<BankPayment> posted(UUID id, String corePaymentId, PaidBill paid) {
        return postings.submit(new Posting(id, corePaymentId, paid))
                .switchIfEmpty(Mono.defer(() -> postedAlone(id, corePaymentId, paid)));
    }

    private record Posting(UUID id, String corePaymentId, PaidBill paid) {}

    private Mono<List<Optional<BankPayment>>> postAll(List<Posting> batch) {
        return db.sql("""
                        with posting as (
                            select * from unnest(:ids::text[]::uuid[], :cores::text[], :bills::text[], :names::text[],
                                                 :details::text[])
                                       as posting (id, core_payment_id, bill_id, holder_name_masked, bill_details)),
                        moved as (
                            update bank_payment set state = 'POSTED', core_payment_id = posting.core_payment_id,
                                   bill_id = posting.bill_id, holder_name_masked = posting.holder_name_masked,
                                   bill_details = posting.bill_details,
                                   posted_at = now(), promised = coalesce(promised, '00'), updated_at = now()
                              from posting
                             where bank_payment.id = posting.id and state = 'ACCEPTED' returning\s"""
                        + COLUMNS.replace("id, payment_key", "bank_payment.id, payment_key")
                                .replace("holder_name_masked, bill_id, bill_details",
                                        "bank_payment.holder_name_masked, bank_payment.bill_id, "
                                                + "bank_payment.bill_details") + """
                        ),
                        closed as (
                            update outbox set state = 'DONE', done_at = now(), lease_owner = null
                              from moved
                             where kind = :kind and aggregate_id = moved.id and outbox.state <> 'DONE'
                            returning outbox.id)
                        select\s""" + COLUMNS + " from moved")
                .bind("ids", column(batch, posting -> posting.id().toString()))
                .bind("cores", column(batch, Posting::corePaymentId))
                .bind("bills", column(batch, posting -> posting.paid().billId()))
                .bind("names", column(batch, posting -> posting.paid().holderNameMasked()))
                .bind("details", column(batch, posting -> posting.paid().billDetails()))
                .bind("kind", OUTBOX_KIND)
                .map(BankPaymentStore::payment).all()
                .collectMap(BankPayment::id)
                .map(moved -> inBatchOrder(batch, posting -> moved.get(posting.id())));
    }

    /**
     * Posted after the bank said it did not pay (the posting was already on its way when the payment was cancelled):
     * the exception list gets it, to reverse. Already posted (by the relay): as it is.
     */
    private Mono<BankPayment> postedAlone(UUID id, String corePaymentId, PaidBill paid) {
        return db.sql("""
                        with moved as (
                            update bank_payment set state = 'POSTED', core_payment_id = :core, posted_at = now(),
                                   bill_id = :bill, holder_name_masked = :name, bill_details = :details,
                                   promised = coalesce(promised, '00'), updated_at = now()
                             where id = :id and state = 'ACCEPTED' returning\s""" + COLUMNS + """
                        ),
                        closed as (
                            update outbox set state = 'DONE', done_at = now(), lease_owner = null
                             where kind = :kind and aggregate_id = :id and state <> 'DONE' returning id),
                        current as (
                            -- locked: a cancellation committing meanwhile is seen, not the statement's snapshot
                            select id, state, partner_id, amount from bank_payment where id = :id for update),
                        reversal as (
                            insert into payment_exception (payment_id, reason, refund_to, amount, action)
                            select id, 'posted at the core after the bank reported it unpaid', partner_id, amount,
                                   'REVERSE_AT_CORE'
                              from current where state = 'CANCELLED' and not exists (select 1 from moved)
                            on conflict (payment_id) do nothing returning id)
                        """ + AS_IT_IS_NOW)
                .bind("id", id).bind("core", corePaymentId).bind("bill", paid.billId())
                .bind("name", paid.holderNameMasked()).bind("details", paid.billDetails()).bind("kind", OUTBOX_KIND)
                .map(BankPaymentStore::payment).one();
    }

    /**
     * The core refused it. Not yet answered: the bank is told so (REJECTED). Already answered accepted or pending:
     * the money must go back (REFUND_DUE), and the payment lands in the exception list.
     */
    public Mono<BankPayment> rejected(UUID id, String reason) {
        return db.sql("""
                        with moved as (
                            update bank_payment
                               set state = case when promised is null then 'REJECTED' else 'REFUND_DUE' end,
                                   rejection = :reason, updated_at = now()
                             where id = :id and state = 'ACCEPTED'
                            returning\s""" + COLUMNS + """
                        ),
                        listed as (
                            insert into payment_exception (payment_id, reason, refund_to, amount)
                            select id, :reason, partner_id, amount from moved where state = 'REFUND_DUE'
                            returning id),
                        closed as (
                            update outbox set state = 'DONE', done_at = now(), lease_owner = null
                             where kind = :kind and aggregate_id = :id and state <> 'DONE' returning id)
                        """ + AS_IT_IS_NOW)
                .bind("id", id).bind("reason", reason).bind("kind", OUTBOX_KIND)
                .map(BankPaymentStore::payment).one();
    }

    /**
     * The outcome at the core is unknown: record what the bank is told and hand the payment to the relay, which tries
     * again after {@code retryIn}. A promise made on what the bank's inquiry showed ({@code shown}, else null) holds
     * that bill for this payment, and is made only if no payment has it: posted already, the payment comes back as it
     * was (not promised); promised to another, {@link org.springframework.dao.DuplicateKeyException}.
     */
    public Mono<BankPayment> promised(UUID id, PaymentFlag promise, BillSnapshot shown, Duration retryIn) {
        DatabaseClient.GenericExecuteSpec update = db.sql("""
                        with moved as (
                            update bank_payment set promised = coalesce(promised, :flag),
                                   bill_id = coalesce(bill_id, :bill),
                                   holder_name_masked = coalesce(holder_name_masked, :name),
                                   bill_details = coalesce(bill_details, :details), updated_at = now()
                             where id = :id and not exists (
                                       select 1 from bank_payment paid where paid.bill_id = :bill and paid.state = 'POSTED')
                            returning\s""" + COLUMNS + """
                        ),
                        handed as (
                            update outbox set next_attempt_at = now() + :retry * interval '1 millisecond',
                                   lease_owner = null, lease_until = null
                             where kind = :kind and aggregate_id = :id and state = 'PENDING'
                               and exists (select 1 from moved) returning id)
                        """ + AS_IT_IS_NOW)
                .bind("id", id).bind("flag", promise.code()).bind("retry", retryIn.toMillis())
                .bind("kind", OUTBOX_KIND);
        update = shown == null
                ? update.bindNull("bill", String.class).bindNull("name", String.class).bindNull("details", String.class)
                : update.bind("bill", shown.billId()).bind("name", shown.holderNameMasked())
                        .bind("details", shown.billDetails());
        return update.map(BankPaymentStore::payment).one();
    }

    /**
     * The core refused it before the bank had an answer: nothing of it stays, as for any request refused (the bank may
     * pay again under the same ids). A payment answered meanwhile, or posted, stays as it is.
     */
    public Mono<Void> withdrawn(UUID id) {
        return db.sql("""
                        with gone as (
                            delete from bank_payment
                             where id = :id and promised is null and state in ('ACCEPTED', 'REJECTED')
                            returning id)
                        delete from outbox using gone where kind = :kind and aggregate_id = gone.id
                        """)
                .bind("id", id).bind("kind", OUTBOX_KIND)
                .then();
    }

    /**
     * Payments the bank was told were pending and has not yet given its own verdict on, accepted before
     * {@code acceptedBefore} and not asked since {@code askedBefore}; oldest first.
     */
    public Flux<BankPayment> awaitingBankVerdict(Duration settleAfter, Duration askAgainAfter, int limit) {
        return db.sql("select " + COLUMNS + """
                         from bank_payment
                        where promised = '02' and bank_verdict is null
                          and accepted_at < now() - :after * interval '1 millisecond'
                          and (bank_checked_at is null
                               or bank_checked_at < now() - :again * interval '1 millisecond')
                        order by accepted_at limit :limit
                        """)
                .bind("after", settleAfter.toMillis()).bind("again", askAgainAfter.toMillis()).bind("limit", limit)
                .map(BankPaymentStore::payment).all();
    }

    /** The bank took the money. */
    public Mono<Void> bankPaid(UUID id) {
        return db.sql("update bank_payment set bank_verdict = 'PAID', bank_checked_at = now() where id = :id")
                .bind("id", id).then();
    }

    /** The bank could not tell yet: ask again later. */
    public Mono<Void> bankUnsure(UUID id) {
        return db.sql("update bank_payment set bank_checked_at = now() where id = :id").bind("id", id).then();
    }

    /**
     * The bank did not take the money. Not yet posted: cancelled, its delivery stopped. Already posted: the
     * exception list gets it, to reverse at the core. Refused at the core and listed for a refund: nothing is due,
     * so that exception closes. One statement, whatever another instance is doing meanwhile.
     */
    public Mono<BankPayment> bankDidNotPay(UUID id) {
        return db.sql("""
                        with verdict as (
                            update bank_payment
                               set bank_verdict = 'NOT_PAID', bank_checked_at = now(), updated_at = now(),
                                   state = case when state = 'ACCEPTED' then 'CANCELLED' else state end
                             where id = :id returning\s""" + COLUMNS + """
                        ),
                        stopped as (
                            update outbox set state = 'DONE', done_at = now(), lease_owner = null
                             where kind = :kind and aggregate_id = :id and state <> 'DONE'
                               and exists (select 1 from verdict where state = 'CANCELLED') returning id),
                        reversal as (
                            insert into payment_exception (payment_id, reason, refund_to, amount, action)
                            select id, 'posted at the core, the bank reports it unpaid', partner_id, amount,
                                   'REVERSE_AT_CORE' from verdict where state = 'POSTED'
                            on conflict (payment_id) do nothing returning id),
                        nothing_due as (
                            update payment_exception
                               set state = 'CLOSED', closed_at = now(), closed_by = 'bank-status',
                                   note = 'the bank reports it did not take the money: nothing to refund'
                             where payment_id = :id and state = 'OPEN' and action = 'REFUND'
                               and exists (select 1 from verdict where state = 'REFUND_DUE') returning id)
                        select\s""" + COLUMNS + " from verdict")
                .bind("id", id).bind("kind", OUTBOX_KIND)
                .map(BankPaymentStore::payment).one();
    }

    private static <T> List<Optional<BankPayment>> inBatchOrder(List<T> batch, Function<T, BankPayment> result) {
        return batch.stream().map(item -> Optional.ofNullable(result.apply(item))).toList();
    }

    private static BankPayment payment(Readable row) {
        String promised = row.get("promised", String.class);
        OffsetDateTime acceptedAt = row.get("accepted_at", OffsetDateTime.class);
        return new BankPayment(
                row.get("id", UUID.class),
                row.get("payment_key", String.class),
                row.get("partner_id", String.class),
                row.get("company_code", String.class),
                row.get("customer_no", String.class),
                row.get("virtual_account_no", String.class),
                row.get("payment_request_id", String.class),
                row.get("holder_name_masked", String.class),
                row.get("bill_id", String.class),
                row.get("bill_details", String.class),
                new Money(row.get("amount", BigDecimal.class)),
                BankPayment.State.valueOf(row.get("state", String.class)),
                promised == null ? null : PaymentFlag.ofCode(promised),
                row.get("rejection", String.class),
                acceptedAt == null ? Instant.EPOCH : acceptedAt.toInstant());
    }
}
