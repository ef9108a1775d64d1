package id.jamsostek.core.simulator.participants;

import id.jamsostek.core.simulator.billing.AccountBook;
import id.jamsostek.core.simulator.billing.Bill;
import id.jamsostek.core.simulator.billing.BillingAccount;
import id.jamsostek.core.simulator.billing.BusinessClock;
import id.jamsostek.core.simulator.idempotency.IdempotencyRecords;
import id.jamsostek.core.simulator.idempotency.IdempotencyRecords.Outcome;
import id.jamsostek.core.simulator.model.Identifiers;
import id.jamsostek.core.simulator.model.Membership;
import id.jamsostek.core.simulator.model.Memberships;
import id.jamsostek.core.simulator.model.Sponsorship;
import id.jamsostek.core.simulator.model.Sponsorships;
import id.jamsostek.core.simulator.problem.CoreProblemException;
import id.jamsostek.core.simulator.problem.ProblemType;
import id.jamsostek.core.simulator.tariff.PayerType;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A donor takes over a participant's contributions for some months. Only months nobody else pays are taken: the
 * participant pays for itself (a budget or a donor named at enrollment pays every month), no other sponsorship covers
 * any of them, none is paid already and no payment order the participant may still pay covers one; else nothing
 * changes. Checked and recorded under the participant's account
 * lock, so a payment or another sponsorship cannot slip in between.
 */
public final class Sponsoring {

    /** What was asked: the same key with equal values is the same request. */
    public record Command(String donorId, String nik, YearMonth from, YearMonth to) {

        /** The NIK is personal data: a record's default toString would print it. */
        @Override
        public String toString() {
            return "Sponsoring.Command[donor=" + donorId + ", nik=" + Identifiers.masked(nik) + ", " + from + ".."
                    + to + "]";
        }
    }

    private static final Logger log = LoggerFactory.getLogger(Sponsoring.class);

    private final Memberships memberships;
    private final Sponsorships sponsorships;
    private final AccountBook accounts;
    private final BusinessClock clock;
    private final IdempotencyRecords<Command, Sponsorship> records = new IdempotencyRecords<>();

    public Sponsoring(Memberships memberships, Sponsorships sponsorships, AccountBook accounts, BusinessClock clock) {
        this.memberships = memberships;
        this.sponsorships = sponsorships;
        this.accounts = accounts;
        this.clock = clock;
    }

    public Outcome<Sponsorship> sponsor(String idempotencyKey, Command command) {
        Outcome<Sponsorship> outcome = records.once(idempotencyKey, command, () -> sponsorNew(command), made -> true);
        if (!outcome.replayed()) {
            log.info("sponsored {}", outcome.result());
        }
        return outcome;
    }

    private Sponsorship sponsorNew(Command command) {
        if (command.to().isBefore(command.from())) {
            throw invalid("/toMonth", "is before fromMonth");
        }
        if (command.from().isBefore(YearMonth.from(clock.today()))) {
            throw invalid("/fromMonth", "is before the current month");
        }
        Membership member = memberships.byNik(command.nik()).orElseThrow(() -> new CoreProblemException(
                ProblemType.UNKNOWN_PARTICIPANT, "no BPU membership has this NIK"));
        if (command.from().isBefore(member.firstMonth())) {
            throw invalid("/fromMonth", "is before the participant's first month " + member.firstMonth());
        }
        if (member.payer().type() != PayerType.SELF) {
            throw conflict("the participant's " + member.payer().type() + " pays for every month of it");
        }
        BillingAccount account = accounts.find(member.kpj())
                .orElseThrow(() -> new IllegalStateException("membership without account: " + member));
        return account.change(locked -> {
            YearMonth paidThrough = locked.state().paidThrough();
            if (!paidThrough.isBefore(command.from())) {
                throw conflict("the participant has paid up to " + paidThrough);
            }
            Bill order = locked.state().pendingOrder();
            if (order != null && payable(order) && order.periods().stream()
                    .anyMatch(month -> !month.isBefore(command.from()) && !month.isAfter(command.to()))) {
                // the participant could still pay those months through it: both would pay them
                throw conflict("the participant has a payment order for " + order.firstPeriod() + " to "
                        + order.lastPeriod() + " that is still payable");
            }
            List<Sponsorship> overlapping = sponsorships.overlapping(member.kpj(), command.from(), command.to());
            if (!overlapping.isEmpty()) {
                // the other sponsor's name is its own business: only the months are told
                Sponsorship other = overlapping.getFirst();
                throw conflict("another sponsorship pays for the months " + other.from() + " to " + other.to());
            }
            Sponsorship sponsorship = new Sponsorship(command.donorId(), member.kpj(), command.from(), command.to());
            sponsorships.add(sponsorship);
            return sponsorship;
        });
    }

    /** An order is payable until it expires (a first month's order never does); paid, it is no longer pending. */
    private boolean payable(Bill order) {
        return order.expiresAt() == null || clock.now().isBefore(order.expiresAt());
    }

    private static CoreProblemException invalid(String pointer, String detail) {
        return new CoreProblemException(ProblemType.INVALID_SPONSORSHIP, "the sponsorship breaks a rule",
                Map.of("errors", List.of(new FieldError(pointer, detail))));
    }

    private static CoreProblemException conflict(String detail) {
        return new CoreProblemException(ProblemType.SPONSORSHIP_CONFLICT,
                "another payer covers a month of this sponsorship: " + detail);
    }
}
