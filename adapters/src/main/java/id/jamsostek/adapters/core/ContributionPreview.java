package id.jamsostek.adapters.core;

import id.jamsostek.contracts.EmployerRef;
import id.jamsostek.contracts.Money;
import java.time.YearMonth;
import java.util.List;

/** What a unit would owe for a month on the wages given (contracts/core ContributionPreview); no late fees. */
public record ContributionPreview(EmployerRef employer, YearMonth period, RiskGroup riskGroup,
        BusinessScale businessScale, List<ProgramAmount> programs, List<Employee> employees, Money employerTotal,
        Money workerTotal, Money totalAmount) {

    /** One line of the preview, in the order asked. */
    public record Employee(String reference, Money wage, Money jpWageBase, List<ProgramShare> programs,
            Money employerTotal, Money workerTotal) {

        public Employee {
            programs = List.copyOf(programs);
        }
    }

    public ContributionPreview {
        programs = List.copyOf(programs);
        employees = List.copyOf(employees);
    }
}
