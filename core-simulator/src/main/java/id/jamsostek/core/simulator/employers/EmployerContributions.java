package id.jamsostek.core.simulator.employers;

import id.jamsostek.core.simulator.billing.BillStatus;
import id.jamsostek.core.simulator.model.ContributionSource;
import id.jamsostek.core.simulator.model.Employer;
import id.jamsostek.core.simulator.model.WageEarner;
import id.jamsostek.core.simulator.tariff.ContributionBreakdown;
import id.jamsostek.core.simulator.tariff.ContributionStatement;
import id.jamsostek.core.simulator.tariff.LateFees.ProgramFee;
import id.jamsostek.core.simulator.tariff.PayrollContributions;
import id.jamsostek.core.simulator.tariff.Sector;
import id.jamsostek.core.simulator.tariff.Segment;
import id.jamsostek.core.simulator.tariff.Tariffs;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What an employer unit owes, from its roster: the source of its billing account (the open bill at banks) and of its
 * contribution bills, by one computation. A month's bill is kept as it was when paid.
 */
public final class EmployerContributions implements ContributionSource {

    /** Replaced whole when the unit's sector changes; read once per computation. */
    private volatile Employer employer;
    private final Workforce workforce;
    private final Tariffs tariffs;
    private final PayrollContributions payroll;
    private final ConcurrentMap<YearMonth, ContributionBill> paidBills = new ConcurrentHashMap<>();

    EmployerContributions(Employer employer, Workforce workforce, Tariffs tariffs) {
        this.employer = employer;
        this.workforce = workforce;
        this.tariffs = tariffs;
        this.payroll = tariffs.payroll();
    }

    Employer employer() {
        return employer;
    }

    /** From now on the unit's bills and previews are computed for this sector; bills already paid stay as they were. */
    void reclassify(Sector sector) {
        employer = employer.inSector(sector);
    }

    @Override
    public Segment segment() {
        return Segment.PU;
    }

    /** Nothing before the unit's registration month; else the month's statement summed per program. */
    @Override
    public ContributionBreakdown contributionFor(YearMonth period) {
        return statement(workforce.roster(), period).breakdown();
    }

    @Override
    public void paid(List<YearMonth> periods, String billId, LocalDate paidOn) {
        for (YearMonth period : periods) {
            paidBills.put(period, bill(period, BillStatus.PAID, billId, paidOn));
        }
    }

    /** The bill of a month paid through a bill of the simulator, as it was then. */
    Optional<ContributionBill> paidBill(YearMonth period) {
        return Optional.ofNullable(paidBills.get(period));
    }

    /** The month's bill from the roster now, with the late fees due on {@code lateFeesAsOf} (none when null). */
    ContributionBill bill(YearMonth period, BillStatus status, String billId, LocalDate lateFeesAsOf) {
        Employer employer = this.employer;
        Roster roster = workforce.roster();
        ContributionStatement statement = statement(roster, period);
        List<ProgramFee> lateFees = lateFeesAsOf == null
                ? List.of()
                : tariffs.lateFees().feesFor(period, statement.breakdown(), lateFeesAsOf);
        return new ContributionBill(employer, period, status, tariffs.dueDates().dueDate(Segment.PU, period), billId,
                roster.inForce(period).map(FiledReport::version).orElse(null), statement, names(roster), lateFees);
    }

    private ContributionStatement statement(Roster roster, YearMonth period) {
        Employer employer = this.employer;
        if (period.isBefore(YearMonth.from(employer.registeredOn()))) {
            return new ContributionStatement(period, List.of());
        }
        return payroll.of(period, employer.riskGroup(), employer.sector(), roster.payroll(period,
                month -> tariffs.wageEarners().requiredPrograms(employer.scale(), month)));
    }

    private static Map<String, String> names(Roster roster) {
        Map<String, String> names = new HashMap<>();
        for (WageEarner employee : roster.employees()) {
            names.put(employee.kpj(), employee.name());
        }
        return names;
    }
}
