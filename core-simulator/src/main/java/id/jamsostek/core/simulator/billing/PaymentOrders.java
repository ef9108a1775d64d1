package id.jamsostek.core.simulator.billing;

import id.jamsostek.core.simulator.problem.CoreProblemException;
import id.jamsostek.core.simulator.problem.ProblemType;
import id.jamsostek.core.simulator.tariff.Segment;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

/**
 * Payment orders: a non-wage earner (or its collective payer) pays months in advance by having a bill prepared for
 * them first; the customer number then shows that bill until it is paid or replaced.
 */
public final class PaymentOrders {

    private final AccountBook accounts;
    private final BillBook bills;
    private final BillComposer composer;

    public PaymentOrders(AccountBook accounts, BillBook bills, BillComposer composer) {
        this.accounts = accounts;
        this.bills = bills;
        this.composer = composer;
    }

    /** Prepares an order for {@code months} months right after the paid-through month, replacing a pending one. */
    public Bill prepare(String customerNo, int months, OffsetDateTime preparedAt, OffsetDateTime expiresAt) {
        if (months < 1 || !expiresAt.isAfter(preparedAt)) {
            throw new IllegalArgumentException("an order covers at least one month and expires after it is prepared");
        }
        BillingAccount account = accounts.find(customerNo).orElseThrow(() -> new CoreProblemException(
                ProblemType.UNKNOWN_CUSTOMER, "no account has this customer number"));
        if (account.contributions().segment() != Segment.BPU) {
            throw new IllegalArgumentException("only non-wage earners pay months in advance");
        }
        return account.change(locked -> {
            YearMonth first = locked.state().paidThrough().plusMonths(1);
            List<YearMonth> periods = Stream.iterate(first, p -> p.plusMonths(1)).limit(months).toList();
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
