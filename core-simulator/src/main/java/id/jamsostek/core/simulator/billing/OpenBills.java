package id.jamsostek.core.simulator.billing;

import id.jamsostek.core.simulator.problem.CoreProblemException;
import id.jamsostek.core.simulator.problem.ProblemType;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The open bill of a customer number: a payment order still payable (asked for after what is due, it covers that
 * too); else what is due now; else a pending payment order (EXPIRED once past its expiry); else the last bill paid
 * (PAID).
 */
public final class OpenBills {

    private final AccountBook accounts;
    private final BillBook bills;
    private final BillComposer composer;
    private final PaymentJournal journal;
    private final BusinessClock clock;

    public OpenBills(AccountBook accounts, BillBook bills, BillComposer composer, PaymentJournal journal,
            BusinessClock clock) {
        this.accounts = accounts;
        this.bills = bills;
        this.composer = composer;
        this.journal = journal;
        this.clock = clock;
    }

    public BillView openBill(String customerNo) {
        BillingAccount account = accounts.find(customerNo).orElseThrow(() -> new CoreProblemException(
                ProblemType.UNKNOWN_CUSTOMER, "no account has this customer number"));
        AccountState state = account.state();
        Bill order = state.pendingOrder();
        if (order != null && order.firstPeriod().isAfter(state.paidThrough()) && statusOf(order) == BillStatus.UNPAID) {
            return view(order);
        }
        Optional<Bill> due = composer.regularBill(account, customerNo, clock.today());
        if (due.isPresent()) {
            return view(bills.issue(due.get()));
        }
        if (state.pendingOrder() != null) {
            return view(state.pendingOrder());
        }
        if (state.lastPaidBill() != null) {
            return view(state.lastPaidBill());
        }
        throw new CoreProblemException(ProblemType.NO_OPEN_BILL, "nothing is due and nothing was paid yet");
    }

    public BillStatus statusOf(Bill bill) {
        if (journal.isPaid(bill.billId())) {
            return BillStatus.PAID;
        }
        return isExpired(bill, clock.now()) ? BillStatus.EXPIRED : BillStatus.UNPAID;
    }

    static boolean isExpired(Bill bill, OffsetDateTime now) {
        return bill.expiresAt() != null && !now.isBefore(bill.expiresAt());
    }

    private BillView view(Bill bill) {
        return new BillView(bill, statusOf(bill));
    }
}
