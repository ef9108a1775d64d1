package id.jamsostek.core.simulator.tariff;

import id.jamsostek.contracts.Money;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One employee's line of a month's payroll.
 *
 * @param reference whose line it is: a KPJ on a bill, the caller's own label on a preview
 * @param programs the programs in force for the employee in the month
 */
public record PayrollLine(String reference, Money wage, Set<Program> programs) {

    public PayrollLine {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(wage, "wage");
        programs = programs.isEmpty() ? EnumSet.noneOf(Program.class) : EnumSet.copyOf(programs);
    }
}
