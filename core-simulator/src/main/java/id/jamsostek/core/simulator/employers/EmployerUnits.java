package id.jamsostek.core.simulator.employers;

import id.jamsostek.contracts.EmployerRef;
import id.jamsostek.core.simulator.billing.AccountBook;
import id.jamsostek.core.simulator.billing.AccountType;
import id.jamsostek.core.simulator.billing.BillingAccount;
import id.jamsostek.core.simulator.billing.BusinessClock;
import id.jamsostek.core.simulator.model.Employer;
import id.jamsostek.core.simulator.model.ParticipantRegistry;
import id.jamsostek.core.simulator.model.WageEarner;
import id.jamsostek.core.simulator.problem.CoreProblemException;
import id.jamsostek.core.simulator.problem.ProblemType;
import id.jamsostek.core.simulator.tariff.Program;
import id.jamsostek.core.simulator.tariff.Segment;
import id.jamsostek.core.simulator.tariff.Tariffs;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The registered employer units, by NPP and division; each opens a billing account on its payment code. */
public final class EmployerUnits {

    private final ConcurrentMap<EmployerRef, EmployerUnit> units = new ConcurrentHashMap<>();
    private final AccountBook accounts;
    private final ParticipantRegistry registry;
    private final Tariffs tariffs;
    private final BusinessClock clock;

    public EmployerUnits(AccountBook accounts, ParticipantRegistry registry, Tariffs tariffs, BusinessClock clock) {
        this.accounts = accounts;
        this.registry = registry;
        this.tariffs = tariffs;
        this.clock = clock;
    }

    /** Registers the unit and opens its account, taken as paid through {@code paidThrough}. */
    public EmployerUnit open(Employer employer, YearMonth paidThrough) {
        Workforce workforce = new Workforce();
        EmployerContributions contributions = new EmployerContributions(employer, workforce, tariffs);
        BillingAccount account = new BillingAccount(employer.paymentCode(), List.of(), AccountType.EMPLOYER,
                employer.name(), contributions, paidThrough);
        EmployerUnit unit = new EmployerUnit(account, workforce, contributions);
        if (units.putIfAbsent(employer.ref(), unit) != null) {
            throw new IllegalStateException("employer unit registered already: " + employer.ref());
        }
        accounts.open(account);
        return unit;
    }

    public Optional<EmployerUnit> find(EmployerRef ref) {
        return Optional.ofNullable(units.get(ref));
    }

    /** The unit, or the problem every employer operation answers for one the core does not know. */
    public EmployerUnit require(EmployerRef ref) {
        return find(ref).orElseThrow(() -> new CoreProblemException(ProblemType.UNKNOWN_EMPLOYER,
                "no employer unit has this NPP and division"));
    }

    /**
     * Wage earners active in the month per village of the employer units' addresses within the region: employed in
     * the month by a unit whose contribution for it is paid or not yet late (its due date is today or later). Units
     * without an address are not counted; villages without an active wage earner are left out.
     */
    public Map<String, Integer> activeWageEarners(String regionPrefix, YearMonth month) {
        Map<String, Integer> byVillage = new TreeMap<>();
        LocalDate today = clock.today();
        for (EmployerUnit unit : units.values()) {
            String village = unit.employer().villageCode();
            boolean notLate = !unit.account().state().paidThrough().isBefore(month)
                    || !today.isAfter(tariffs.dueDates().dueDate(Segment.PU, month));
            if (village != null && village.startsWith(regionPrefix) && notLate) {
                Roster roster = unit.roster();
                int employed = (int) roster.employees().stream().filter(e -> roster.employedIn(e, month)).count();
                if (employed > 0) {
                    byVillage.merge(village, employed, Integer::sum);
                }
            }
        }
        return byVillage;
    }

    /** Every division of the NPP. */
    List<EmployerUnit> ofNpp(EmployerRef ref) {
        return units.values().stream().filter(unit -> unit.employer().ref().npp().equals(ref.npp())).toList();
    }

    /** The programs the unit's business scale requires this month (what its profile shows). */
    public Set<Program> requiredNow(EmployerUnit unit) {
        return tariffs.wageEarners().requiredPrograms(unit.employer().scale(), YearMonth.from(clock.today()));
    }

    /** A unit as the demo listing shows it: who it is and who works there this month, with the wage in force. */
    public record Listing(String npp, String division, String riskGroup, String businessScale,
            List<ListedEmployee> employees) {
    }

    /** An employee of the listing (fictional people: the demo shows names). */
    public record ListedEmployee(String kpj, String fullName, String monthlyWage) {
    }

    public Listing listing(EmployerRef ref) {
        EmployerUnit unit = require(ref);
        Roster roster = unit.roster();
        YearMonth current = YearMonth.from(clock.today());
        Employer employer = unit.employer();
        return new Listing(employer.npp(), employer.division(), employer.riskGroup().name(), employer.scale().name(),
                roster.employees().stream().filter(e -> roster.employedIn(e, current))
                        .map(e -> new ListedEmployee(e.kpj(), e.name(), roster.wageOf(e, current).toWire()))
                        .toList());
    }

    /** An employee whose KPJ was given elsewhere (the demo seed's), added without the registration's checks. */
    public void hire(WageEarner employee) {
        registry.remember(employee.identity(), employee.kpj());
        require(employee.employer()).change(roster -> new EmployerUnit.Changed<>(null, roster.withEmployee(employee)));
    }
}
