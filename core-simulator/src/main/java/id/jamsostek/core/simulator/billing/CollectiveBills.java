package id.jamsostek.core.simulator.billing;

import id.jamsostek.core.simulator.problem.ProblemType;
import id.jamsostek.core.simulator.problem.CoreProblemException;
import id.jamsostek.core.simulator.idempotency.IdempotencyRecords;
import id.jamsostek.core.simulator.idempotency.IdempotencyRecords.Outcome;
import id.jamsostek.core.simulator.model.BilledOnRequest;
import id.jamsostek.core.simulator.model.Membership;
import id.jamsostek.core.simulator.model.Memberships;
import id.jamsostek.core.simulator.model.NonWageEarner;
import id.jamsostek.core.simulator.model.Sponsorships;
import id.jamsostek.core.simulator.tariff.PayerType;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
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
    public record Command(CollectivePayer payer, YearMonth period) {

        /** The public budget whose bill is previewed through the budgets' route. */
        public PayerScope budget() {
            if (payer instanceof PayerScope scope) {
                return scope;
            }
            throw new CoreProblemException(ProblemType.INVALID_REQUEST, "only a budget's collective bill is previewed");
        }
    }

    /** The bill answered, and whether this request made it (201) or found it made and unpaid (200). */
    public record Issued(BillView bill, boolean created) {
    }

    private record ScopeMonth(CollectivePayer payer, YearMonth period) {
    }

    private static final Logger log = LoggerFactory.getLogger(CollectiveBills.class);

    private final Memberships memberships;
    private final Sponsorships sponsorships;
    private final AccountBook accounts;
    private final BillBook bills;
    private final BillComposer composer;
    private final OpenBills openBills;
    private final PaymentJournal journal;
    private final ConcurrentMap<ScopeMonth, Bill> byScopeMonth = new ConcurrentHashMap<>();
    private final IdempotencyRecords<Command, Issued> records = new IdempotencyRecords<>();
    private final ConcurrentMap<PrivatePayer, String> privateCodes = new ConcurrentHashMap<>();
    private final AtomicLong privateSequence = new AtomicLong();

    public CollectiveBills(Memberships memberships, Sponsorships sponsorships, AccountBook accounts, BillBook bills,
            BillComposer composer, OpenBills openBills, PaymentJournal journal) {
        this.memberships = memberships;
        this.sponsorships = sponsorships;
        this.accounts = accounts;
        this.bills = bills;
        this.composer = composer;
        this.openBills = openBills;
        this.journal = journal;
    }

    /**
     * What the bill of this payer and period holds or would hold now, nothing made or changed: the bill already
     * made while unpaid, else one composed for those who qualify now (none: no members, a zero total).
     */
    public Previewed preview(Command command) {
        Bill existing = byScopeMonth.get(new ScopeMonth(command.payer(), command.period()));
        if (existing != null) {
            if (journal.isPaid(existing.billId())) {
                throw new CoreProblemException(ProblemType.BILL_ALREADY_PAID,
                        "the collective bill of this payer and period is paid");
            }
            return new Previewed(existing, true);
        }
        BillingAccount unsaved = new BillingAccount(previewCode(command.payer()), List.of(),
                AccountType.COLLECTIVE, command.payer().holderName(), new BilledOnRequest(),
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
        Bill bill = byScopeMonth.compute(new ScopeMonth(command.payer(), command.period()),
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
            log.info("collective bill {} for {} with {} members", bill, command.payer(),
                    bill.memberKpjs().size());
        }
        return new Issued(new BillView(bill, openBills.statusOf(bill)), created[0]);
    }

    private Bill make(Command command) {
        List<NonWageEarner> members = members(command);
        if (members.isEmpty()) {
            throw new CoreProblemException(ProblemType.NO_MEMBERS,
                    "nobody this payer pays for owes this period");
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

    /**
     * Those the payer pays for in the period (a budget: enrolled in its region with its payer type; a donor: sponsored
     * for the period, or enrolled with it as payer; an agent: registered by it, paying for themselves and sponsored by
     * no one that month), first month not after the period, not paid for it yet.
     */
    private List<NonWageEarner> members(Command command) {
        YearMonth period = command.period();
        return switch (command.payer()) {
            case PayerScope scope -> owing(memberships.inRegion(scope.regionCode()).stream().filter(scope::covers),
                    period).map(Membership::participant).toList();
            case PrivatePayer payer -> owing(memberships.all().stream()
                    .filter(m -> payer.pays(m, sponsorships.of(m.kpj(), period))), period)
                    .map(m -> payer.kind() == PrivatePayer.Kind.DONOR
                            ? m.participant().paidBy(PayerType.DONOR) : m.participant())
                    .toList();
        };
    }

    private Stream<Membership> owing(Stream<Membership> members, YearMonth period) {
        return members.filter(m -> !m.firstMonth().isAfter(period)).filter(m -> paidThrough(m).isBefore(period));
    }

    private YearMonth paidThrough(Membership member) {
        return accounts.find(member.kpj())
                .orElseThrow(() -> new IllegalStateException("membership without account: " + member))
                .state().paidThrough();
    }

    private BillingAccount collectiveAccount(Command command) {
        String code = collectiveCode(command.payer());
        BillingAccount account = accounts.openIfAbsent(code, () -> new BillingAccount(code, List.of(),
                AccountType.COLLECTIVE, command.payer().holderName(), new BilledOnRequest(),
                command.period().minusMonths(1)));
        if (account.contributions().billsEveryMonth()) {
            throw new IllegalStateException("customer number " + code + " is taken by another kind of account");
        }
        return account;
    }

    /** A preview gives a private payer no code: the one it has, else the kind's unassigned number 0. */
    private String previewCode(CollectivePayer payer) {
        return switch (payer) {
            case PayerScope scope -> scope.collectiveCode();
            case PrivatePayer other -> privateCodes.getOrDefault(other, other.kind().code(0));
        };
    }

    private String collectiveCode(CollectivePayer payer) {
        return switch (payer) {
            case PayerScope scope -> scope.collectiveCode();
            case PrivatePayer other -> privateCodes.computeIfAbsent(other,
                    p -> p.kind().code(privateSequence.incrementAndGet()));
        };
    }
}
