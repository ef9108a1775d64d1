package id.jamsostek.core.simulator.tariff;

import java.time.YearMonth;
import java.util.List;

/** Computes a month's contribution statement from payroll lines, each share rounded per employee and per side. */
public final class PayrollContributions {

    private final WageEarnerContributions contributions;

    public PayrollContributions(WageEarnerContributions contributions) {
        this.contributions = contributions;
    }

    public ContributionStatement of(YearMonth period, RiskGroup group, Sector sector, List<PayrollLine> lines) {
        return new ContributionStatement(period, lines.stream().map(line -> of(period, group, sector, line)).toList());
    }

    private EmployeeContribution of(YearMonth period, RiskGroup group, Sector sector, PayrollLine line) {
        return new EmployeeContribution(line,
                line.programs().contains(Program.JP) ? contributions.jpWageBase(line.wage(), period) : null,
                contributions.monthly(line.wage(), group, sector, line.programs(), period),
                contributions.jkpInformational(line.wage(), period));
    }
}
