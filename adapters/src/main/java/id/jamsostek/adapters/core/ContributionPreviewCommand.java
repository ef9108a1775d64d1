package id.jamsostek.adapters.core;

import id.jamsostek.contracts.EmployerRef;
import id.jamsostek.contracts.Money;
import java.time.YearMonth;
import java.util.List;

/** Wages to preview a unit's contribution for a month on (contracts/core ContributionPreviewCommand). */
public record ContributionPreviewCommand(EmployerRef employer, YearMonth period, List<Line> employees) {

    /** A payroll line: the caller's own label (echoed back) and a wage. */
    public record Line(String reference, Money monthlyWage) {}

    public ContributionPreviewCommand {
        employees = List.copyOf(employees);
    }
}
