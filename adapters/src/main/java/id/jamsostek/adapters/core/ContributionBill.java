package id.jamsostek.adapters.core;

import id.jamsostek.contracts.EmployerRef;
import id.jamsostek.contracts.Money;
import id.jamsostek.contracts.Program;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What an employer unit owes for one month, per program and per employee (contracts/core ContributionBill). The core
 * computes every amount; totalAmount is what the month adds to the unit's open bill at banks.
 *
 * @param billId the open bill carrying the month (UNPAID) or the bill paid (PAID); null for a month taken over as paid
 * @param wageReportVersion the month's wage report in force, null when it has none
 */
public record ContributionBill(EmployerRef employer, String employerName, YearMonth period, RiskGroup riskGroup,
        BusinessScale businessScale, Status status, LocalDate dueDate, String paymentCode, String billId,
        Integer wageReportVersion, List<ProgramAmount> programs, List<LateFee> lateFees, List<Employee> employees,
        Money employerTotal, Money workerTotal, Money lateFeeTotal, Money totalAmount) {

    public enum Status { UNPAID, PAID }

    /** One program's late fee for the month. */
    public record LateFee(Program program, int monthsLate, Money amount) {}

    /**
     * One employee of the month (personal data: the name).
     *
     * @param jpWageBase the wage capped at the JP cap in force; null without JP
     */
    public record Employee(String kpj, String fullName, Money wage, Money jpWageBase, List<ProgramShare> programs) {

        public Employee {
            programs = List.copyOf(programs);
        }
    }

    public ContributionBill {
        programs = List.copyOf(programs);
        lateFees = List.copyOf(lateFees);
        employees = List.copyOf(employees);
    }
}
