package id.jamsostek.core.simulator.billing;

import id.jamsostek.core.simulator.problem.ProblemType;
import id.jamsostek.core.simulator.problem.CoreProblemException;
import id.jamsostek.core.simulator.idempotency.IdempotencyRecords;
import id.jamsostek.core.simulator.idempotency.IdempotencyRecords.Outcome;
import id.jamsostek.core.simulator.model.BilledOnRequest;
import id.jamsostek.core.simulator.model.Membership;
import id.jamsostek.core.simulator.model.Memberships;
import id.jamsostek.core.simulator.model.NonWageEarner;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One bill per payer scope and month for the participants a village or regency budget pays: made on request, fixed
 * once made (those enrolling later are not added), payable under the scope's collective code (12 digits).
 */
public final class CollectiveBills {

    /** What was asked: the same key with equal values is the same request. */
    public record Command(PayerScope scope, YearMonth period) {
    }

    /** The bill answered, and whether this request made it (201) or found it made and unpaid (200). */
    public record Issued(BillView bill, boolean created) {
    }

    private record ScopeMonth(PayerScope scope, YearMonth period) {
    }

    private static final Logger log = LoggerFactory.getLogger(CollectiveBills.class);

    private final Memberships memberships;
    private final AccountBook accounts;
    private final BillBook bills;
    private final BillComposer composer;
    private final OpenBills openBills;
    private final PaymentJournal journal;
    private final ConcurrentMap<ScopeMonth, Bill> byScopeMonth = new ConcurrentHashMap<>();
    private final IdempotencyRecords<Command, Issued> records = new IdempotencyRecords<>();

    public CollectiveBills(Memberships memberships, AccountBook accounts, BillBook bills, BillComposer composer,
            OpenBills openBills, PaymentJournal journal) {
        this.memberships = memberships;
        this.accounts = accounts;
        this.bills = bills;
        this.composer = composer;
        this.openBills = openBills;
        this.journal = journal;
    }

    /**
     * What the bill of this village and period holds or would hold now, nothing made or changed: the bill already
     * made while unpaid, else one composed for those who qualify now (none: no members, a zero total).
     */
    public Previewed preview(Command command) {
        Bill existing = byScopeMonth.get(new ScopeMonth(command.scope(), command.period()));
        if (existing != null) {
            if (journal.isPaid(existing.billId())) {
                throw new CoreProblemException(ProblemType.BILL_ALREADY_PAID,
                        "the collective bill of this village and period is paid");
            }
            return new Previewed(existing, true);
        }
        BillingAccount unsaved = new BillingAccount(command.scope().collectiveCode(), List.of(),
                AccountType.COLLECTIVE, command.scope().holderName(), new BilledOnRequest(),
                command.period().minusMonths(1));
        return new Previewed(composer.collectiveBill(unsaved, command.period(), members(command)), false);
    }

    /** A bill as a preview shows it, and whether it was made already (then asking for it answers the same). */
    public record Previewed(Bill bill, boolean made) {
    }

    /** Only a bill made by this request is recorded under the key: finding one made before is evaluated afresh. */
    public Outcome<Issued> issue(String idempotencyKey, Command command) {
        return records.once(idempotencyKey, command, () -> issueOrFind(command), Issued::created);
    }

    private Issued issueOrFind(Command command) {
        boolean[] created = new boolean[1];
        Bill bill = byScopeMonth.compute(new ScopeMonth(command.scope(), command.period()),
                (scopeMonth, existing) -> {
                    if (existing != null) {
                        if (journal.isPaid(existing.billId())) {
                            throw new CoreProblemException(ProblemType.BILL_ALREADY_PAID,
                                    "the collective bill of this payer and period is paid");
                        }
                        return existing;
                    }
                    created[0] = true;
                    return make(command);
                });
        if (created[0]) {
            log.info("collective bill {} for {} with {} members", bill, command.scope(),
                    bill.memberKpjs().size());
        }
        return new Issued(new BillView(bill, openBills.statusOf(bill)), created[0]);
    }

    private Bill make(Command command) {
        List<NonWageEarner> members = members(command);
        if (members.isEmpty()) {
            throw new CoreProblemException(ProblemType.NO_MEMBERS,
                    "nobody registered in this region has this payer type and owes this period");
        }
        BillingAccount account = collectiveAccount(command);
        Bill bill = bills.issue(composer.collectiveBill(account, command.period(), members));
        // The code shows the latest collective bill made, as an account shows its pending payment order.
        account.change(locked -> {
            locked.updateState(state -> new AccountState(state.paidThrough(), state.lastPaidBill(), bill));
            return null;
        });
        return bill;
    }

    /** Enrolled in the region with its payer type, first month not after the period, not paid for it yet. */
    private List<NonWageEarner> members(Command command) {
        return memberships.inRegion(command.scope().regionCode()).stream()
                .filter(command.scope()::covers)
                .filter(m -> !m.firstMonth().isAfter(command.period()))
                .filter(m -> paidThrough(m).isBefore(command.period()))
                .map(Membership::participant)
                .toList();
    }

    private YearMonth paidThrough(Membership member) {
        return accounts.find(member.kpj())
                .orElseThrow(() -> new IllegalStateException("membership without account: " + member))
                .state().paidThrough();
    }

    private BillingAccount collectiveAccount(Command command) {
        String code = command.scope().collectiveCode();
        BillingAccount account = accounts.openIfAbsent(code, () -> new BillingAccount(code, List.of(),
                AccountType.COLLECTIVE, command.scope().holderName(), new BilledOnRequest(),
                command.period().minusMonths(1)));
        if (account.contributions().billsEveryMonth()) {
            throw new IllegalStateException("customer number " + code + " is taken by another kind of account");
        }
        return account;
    }
}
