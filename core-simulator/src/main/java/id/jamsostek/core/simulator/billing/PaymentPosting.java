package id.jamsostek.core.simulator.billing;

import id.jamsostek.core.simulator.problem.CoreProblemException;
import id.jamsostek.core.simulator.problem.ProblemType;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a payment against a bill, or against the customer number's open bill when the request names none: once per
 * idempotency key, once per bill, only for the bill's exact total and only while the bill is still what is due.
 */
public final class PaymentPosting {

    private static final Logger log = LoggerFactory.getLogger(PaymentPosting.class);
    private static final DateTimeFormatter ID_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final AccountBook accounts;
    private final BillBook bills;
    private final OpenBills openBills;
    private final BillComposer composer;
    private final PaymentJournal journal;
    private final BusinessClock clock;
    private final AtomicLong sequence = new AtomicLong();

    public PaymentPosting(AccountBook accounts, BillBook bills, OpenBills openBills, BillComposer composer,
            PaymentJournal journal, BusinessClock clock) {
        this.accounts = accounts;
        this.bills = bills;
        this.openBills = openBills;
        this.composer = composer;
        this.journal = journal;
        this.clock = clock;
    }

    public PostingResult post(String idempotencyKey, PaymentRequest request) {
        PostingResult result = journal.postOnce(idempotencyKey, request, () -> postNew(idempotencyKey, request));
        if (!result.replayed()) {
            log.info("posted {}", result.posting());
        }
        return result;
    }

    /** The bill a posting paid, as the receipt shows it. */
    public BillView paidBill(Posting posting) {
        Bill bill = bills.find(posting.billId())
                .orElseThrow(() -> new IllegalStateException("posting without bill: " + posting.paymentId()));
        return new BillView(bill, BillStatus.PAID);
    }

    private Posting postNew(String idempotencyKey, PaymentRequest request) {
        Bill bill = request.billId() == null
                ? openBills.openBill(request.customerNo()).bill()
                : bills.find(request.billId()).orElseThrow(this::unknownBill);
        BillingAccount account = accounts.find(bill.customerNo())
                .orElseThrow(() -> new IllegalStateException("bill without account: " + bill.billId()));
        // A non-wage earner is reachable by NIK and by KPJ: either number may come with the payment.
        if (accounts.find(request.customerNo()).filter(account::equals).isEmpty()) {
            throw unknownBill();
        }
        return account.change(locked -> {
            refuseUnlessPayable(bill, locked);
            if (request.amount().compareTo(bill.total()) != 0) {
                throw new CoreProblemException(ProblemType.AMOUNT_MISMATCH,
                        "amount must equal the bill total " + bill.total().toWire());
            }
            OffsetDateTime now = clock.now();
            Posting posting = new Posting(nextPaymentId(now), idempotencyKey, bill.billId(), bill.customerNo(),
                    request.amount(), request.paidAt(), now, request.channel(), request.partnerId(), request.reference());
            journal.record(posting);
            locked.updateState(state -> new AccountState(bill.lastPeriod(), bill,
                    bill.equals(state.pendingOrder()) ? null : state.pendingOrder()));
            locked.contributions().paid(bill.periods(), bill.billId(), clock.today());
            markMembersPaid(bill);
            return posting;
        });
    }

    /**
     * A collective bill pays each member's month: their own accounts move on (locks are taken collective account
     * first, then members; nothing locks them the other way round).
     */
    private void markMembersPaid(Bill bill) {
        for (String kpj : bill.memberKpjs()) {
            BillingAccount member = accounts.find(kpj)
                    .orElseThrow(() -> new IllegalStateException("collective bill member without account"));
            member.change(locked -> {
                locked.updateState(state -> paidFor(state, bill.lastPeriod()));
                return null;
            });
        }
    }

    private static AccountState paidFor(AccountState state, YearMonth period) {
        if (!period.isAfter(state.paidThrough())) {
            return state;
        }
        Bill order = state.pendingOrder();
        boolean orderCovered = order != null && !order.lastPeriod().isAfter(period);
        return new AccountState(period, state.lastPaidBill(), orderCovered ? null : order);
    }

    private void refuseUnlessPayable(Bill bill, BillingAccount account) {
        if (bill.kind() == BillKind.COLLECTIVE) {
            // One bill per village and month, never replaced: only a payment of it makes it unpayable.
            if (journal.isPaid(bill.billId())) {
                throw new CoreProblemException(ProblemType.BILL_ALREADY_PAID, "this collective bill is already paid");
            }
            return;
        }
        AccountState state = account.state();
        if (journal.isPaid(bill.billId()) || !bill.firstPeriod().isAfter(state.paidThrough())) {
            throw new CoreProblemException(ProblemType.BILL_ALREADY_PAID, "the months of this bill are already paid");
        }
        if (bill.kind() == BillKind.PAYMENT_ORDER) {
            if (OpenBills.isExpired(bill, clock.now()) || !bill.equals(state.pendingOrder())) {
                throw new CoreProblemException(ProblemType.BILL_EXPIRED, "this payment order has expired");
            }
            return;
        }
        boolean stillDue = composer.regularBill(account, bill.customerNo(), clock.today())
                .map(due -> due.billId().equals(bill.billId()))
                .orElse(false);
        if (!stillDue) {
            throw new CoreProblemException(ProblemType.BILL_EXPIRED,
                    "the amount due has changed since this bill was issued: ask for the open bill again");
        }
    }

    private CoreProblemException unknownBill() {
        return new CoreProblemException(ProblemType.UNKNOWN_BILL, "no bill with this billId for this customerNo");
    }

    private String nextPaymentId(OffsetDateTime now) {
        return "PAY" + now.format(ID_DATE).substring(0, 8) + String.format("%010d", sequence.incrementAndGet());
    }
}
