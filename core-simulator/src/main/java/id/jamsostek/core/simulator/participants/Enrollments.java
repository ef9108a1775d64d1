package id.jamsostek.core.simulator.participants;

import id.jamsostek.core.simulator.billing.AccountBook;
import id.jamsostek.core.simulator.billing.AccountType;
import id.jamsostek.core.simulator.billing.Bill;
import id.jamsostek.core.simulator.billing.BillView;
import id.jamsostek.core.simulator.billing.BillingAccount;
import id.jamsostek.core.simulator.billing.BusinessClock;
import id.jamsostek.core.simulator.problem.CoreProblemException;
import id.jamsostek.core.simulator.billing.OpenBills;
import id.jamsostek.core.simulator.billing.PaymentOrders;
import id.jamsostek.core.simulator.billing.PayerScope;
import id.jamsostek.core.simulator.problem.ProblemType;
import id.jamsostek.core.simulator.idempotency.IdempotencyRecords;
import id.jamsostek.core.simulator.idempotency.IdempotencyRecords.Outcome;
import id.jamsostek.core.simulator.model.Membership;
import id.jamsostek.core.simulator.model.Memberships;
import id.jamsostek.core.simulator.model.NonWageEarner;
import id.jamsostek.core.simulator.model.NonWageEarnerGroupContributions;
import id.jamsostek.core.simulator.model.ParticipantRegistry;
import id.jamsostek.core.simulator.model.PersonIdentity;
import id.jamsostek.core.simulator.tariff.Tariffs;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enrolls non-wage earners: checks the program's rules, makes the membership (one per NIK, whatever the number of
 * concurrent requests), its billing account (by KPJ, and by NIK as the demo participants are) and its first bill.
 */
public final class Enrollments {

    private static final Logger log = LoggerFactory.getLogger(Enrollments.class);

    private final Memberships memberships;
    private final ParticipantRegistry registry;
    private final AccountBook accounts;
    private final PaymentOrders orders;
    private final OpenBills openBills;
    private final Tariffs tariffs;
    private final BusinessClock clock;
    private final EnrollmentRules rules;
    private final PayerBudgets budgets;
    private final IdempotencyRecords<EnrollmentCommand, EnrollmentResult> records = new IdempotencyRecords<>();

    public Enrollments(Memberships memberships, ParticipantRegistry registry, AccountBook accounts,
            PaymentOrders orders, OpenBills openBills, Tariffs tariffs, BusinessClock clock, PayerBudgets budgets) {
        this.memberships = memberships;
        this.registry = registry;
        this.accounts = accounts;
        this.orders = orders;
        this.openBills = openBills;
        this.tariffs = tariffs;
        this.clock = clock;
        this.rules = new EnrollmentRules(tariffs);
        this.budgets = budgets;
    }

    public Outcome<EnrollmentResult> enroll(String idempotencyKey, EnrollmentCommand command) {
        Outcome<EnrollmentResult> outcome = records.once(idempotencyKey, command, () -> enrollNew(command),
                result -> true);
        if (!outcome.replayed()) {
            log.info("enrolled {}", outcome.result().membership());
        }
        return outcome;
    }

    private EnrollmentResult enrollNew(EnrollmentCommand command) {
        List<FieldError> errors = rules.check(command, YearMonth.from(clock.today()));
        if (!errors.isEmpty()) {
            throw new CoreProblemException(ProblemType.INVALID_ENROLLMENT,
                    "the enrollment breaks a rule of the program", Map.of("errors", errors));
        }
        Bill[] firstBill = new Bill[1];
        Supplier<Memberships.Enrolled> enroll = () -> memberships.enrollOnce(command.nik(), () -> {
            Membership membership = membershipOf(command);
            firstBill[0] = openAccount(membership);
            return membership;
        });
        Memberships.Enrolled enrolled = PayerScope.paying(command.villageCode(), command.payer().type())
                .filter(scope -> memberships.byNik(command.nik()).isEmpty())
                .map(scope -> budgets.withinCeiling(scope, command.terms(), command.firstMonth(), enroll))
                .orElseGet(enroll);
        if (!enrolled.isNew()) {
            throw alreadyParticipant(enrolled.membership());
        }
        return new EnrollmentResult(enrolled.membership(),
                new BillView(firstBill[0], openBills.statusOf(firstBill[0])));
    }

    private Membership membershipOf(EnrollmentCommand command) {
        String kpj = registry.kpjFor(PersonIdentity.indonesian(command.nik()));
        NonWageEarner participant = new NonWageEarner(kpj, command.nik(),
                command.fullName().toUpperCase(Locale.ROOT), command.birthDate(), command.terms(), clock.today());
        return new Membership(participant, command.villageCode(), command.role(), command.payer(),
                List.copyOf(command.programs()), command.firstMonth(), command.agentId());
    }

    /** Nothing is owed or counted as paid before the first month: the account starts paid through the one before. */
    private Bill openAccount(Membership membership) {
        NonWageEarner participant = membership.participant();
        BillingAccount account = new BillingAccount(participant.kpj(), List.of(participant.nik()),
                AccountType.PARTICIPANT, participant.name(),
                new NonWageEarnerGroupContributions(List.of(participant), tariffs.nonWageEarners()),
                membership.firstMonth().minusMonths(1));
        accounts.open(account);
        registry.register(participant);
        return orders.issueFirstBill(account, membership.firstMonth(), clock.today());
    }

    private static CoreProblemException alreadyParticipant(Membership existing) {
        Map<String, Object> membership = new LinkedHashMap<>();
        membership.put("kpj", existing.kpj());
        membership.put("villageCode", existing.villageCode());
        return new CoreProblemException(ProblemType.ALREADY_PARTICIPANT, "the NIK has a membership already",
                membership);
    }
}
