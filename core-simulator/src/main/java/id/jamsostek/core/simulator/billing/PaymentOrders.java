package id.jamsostek.core.simulator.billing;

import id.jamsostek.core.simulator.problem.ProblemType;
import id.jamsostek.core.simulator.problem.CoreProblemException;
import id.jamsostek.core.simulator.idempotency.IdempotencyRecords;
import id.jamsostek.core.simulator.idempotency.IdempotencyRecords.Outcome;
import id.jamsostek.core.simulator.tariff.Segment;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

/**
 * Payment orders: a non-wage earner (or its collective payer) pays 1 to 12 months in advance by having a bill
 * prepared for them first; the customer number then shows that bill until it is paid, expires or is replaced.
 */
public final class PaymentOrders {

    /** The most months one order covers, and how far ahead of the running month paying may reach. */
    public static final int MAX_MONTHS_AHEAD = 12;
    /** How long an order asked through the API stays payable at a bank [our decision, as banks' VA bills do]. */
    public static final Duration PAYABLE_FOR = Duration.ofHours(24);

    /** What was asked: the same key with equal values is the same request. */
    public record Command(String customerNo, int months) {
    }

    private final AccountBook accounts;
    private final BillBook bills;
    private final BillComposer composer;
    private final BusinessClock clock;
    private final IdempotencyRecords<Command, Bill> records = new IdempotencyRecords<>();

    public PaymentOrders(AccountBook accounts, BillBook bills, BillComposer composer, BusinessClock clock) {
        this.accounts = accounts;
        this.bills = bills;
        this.composer = composer;
        this.clock = clock;
    }

    /** An order prepared now and payable for {@link #PAYABLE_FOR}, once per Idempotency-Key. */
    public Outcome<Bill> order(String idempotencyKey, Command command) {
        return records.once(idempotencyKey, command, () -> {
            OffsetDateTime now = clock.now();
            return prepare(command.customerNo(), command.months(), now, now.plus(PAYABLE_FOR));
        }, bill -> true);
    }

    /**
     * Prepares an order for {@code months} months, replacing a pending one. It starts after the paid-up month, or at
     * the running month when the paid-up period has lapsed (lapsed months are not paid late), and may not reach more
     * than {@link #MAX_MONTHS_AHEAD} months from the running one.
     */
    public Bill prepare(String customerNo, int months, OffsetDateTime preparedAt, OffsetDateTime expiresAt) {
        if (months < 1 || months > MAX_MONTHS_AHEAD) {
            throw new CoreProblemException(ProblemType.INVALID_REQUEST,
                    "an order covers 1 to " + MAX_MONTHS_AHEAD + " months");
        }
        if (!expiresAt.isAfter(preparedAt)) {
            throw new IllegalArgumentException("an order expires after it is prepared");
        }
        BillingAccount account = accounts.find(customerNo).orElseThrow(() -> new CoreProblemException(
                ProblemType.UNKNOWN_CUSTOMER, "no account has this customer number"));
        if (account.contributions().segment() != Segment.BPU || !account.contributions().billsEveryMonth()) {
            throw new CoreProblemException(ProblemType.NOT_PAYABLE_AHEAD,
                    "only a non-wage earner's own account pays months in advance");
        }
        LocalDate today = preparedAt.atZoneSameInstant(BusinessClock.JAKARTA).toLocalDate();
        return account.change(locked -> {
            YearMonth running = BillComposer.currentMonth(locked, today);
            YearMonth afterPaid = locked.state().paidThrough().plusMonths(1);
            YearMonth first = afterPaid.isBefore(running) ? running : afterPaid;
            YearMonth last = first.plusMonths(months - 1L);
            if (last.isAfter(running.plusMonths(MAX_MONTHS_AHEAD))) {
                throw new CoreProblemException(ProblemType.NOT_PAYABLE_AHEAD, "paid up to "
                        + locked.state().paidThrough() + ": " + months + " more months would reach beyond "
                        + MAX_MONTHS_AHEAD + " months from the running one (" + running + ")");
            }
            List<YearMonth> periods = Stream.iterate(first, p -> p.plusMonths(1)).limit(months).toList();
            periods.stream().filter(period -> composer.sponsored(locked, period)).findFirst().ifPresent(period -> {
                throw new CoreProblemException(ProblemType.NOT_PAYABLE_AHEAD,
                        period + " is paid by a donor that sponsors the participant");
            });
            Bill order = bills.issue(composer.paymentOrder(locked, customerNo, periods, preparedAt, expiresAt));
            locked.updateState(state -> new AccountState(state.paidThrough(), state.lastPaidBill(), order));
            return order;
        });
    }

    /**
     * A new participant's first bill, issued. For a later month than the current one it is kept as the order the
     * customer number shows, since no regular bill covers that month yet.
     */
    public Bill issueFirstBill(BillingAccount account, YearMonth firstMonth, LocalDate today) {
        return account.change(locked -> {
            Bill first = bills.issue(composer.firstBill(locked, locked.customerNo(), firstMonth, today));
            if (first.kind() == BillKind.PAYMENT_ORDER) {
                locked.updateState(state -> new AccountState(state.paidThrough(), state.lastPaidBill(), first));
            }
            return first;
        });
    }
}
