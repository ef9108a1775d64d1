package id.jamsostek.core.simulator.tariff;

import id.jamsostek.contracts.Money;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A month's contribution of a payroll, per employee: the one computation behind an employer's contribution bill, its
 * preview and the amount its open bill asks for that month (before late fees).
 */
public record ContributionStatement(YearMonth period, List<EmployeeContribution> employees) {

    public ContributionStatement {
        employees = List.copyOf(employees);
    }

    public boolean isEmpty() {
        return employees.isEmpty();
    }

    /** Summed over the employees, per program. */
    public ContributionBreakdown breakdown() {
        return employees.stream().map(EmployeeContribution::shares)
                .reduce(ContributionBreakdown.NONE, ContributionBreakdown::plus);
    }

    /** The informational JKP amount, summed over the employees. */
    public Money jkp() {
        return employees.stream().map(EmployeeContribution::jkp).reduce(Money.ZERO, Money::plus);
    }

    /** One line per program charged, in program order, then the informational JKP line (always there). */
    public List<ProgramAmount> programLines() {
        List<ProgramAmount> lines = new ArrayList<>(breakdown().shares().stream().map(ProgramAmount::charged).toList());
        lines.add(ProgramAmount.informational(Program.JKP, jkp()));
        return List.copyOf(lines);
    }

    public Money employerTotal() {
        return breakdown().employerTotal();
    }

    public Money workerTotal() {
        return breakdown().workerTotal();
    }

    public Money total() {
        return breakdown().total();
    }
}
