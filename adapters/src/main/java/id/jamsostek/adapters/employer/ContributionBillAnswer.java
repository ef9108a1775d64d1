package id.jamsostek.adapters.employer;

import java.util.List;

/** A month's contribution bill as the employer API shows it: employees' names masked, amounts as the core computed. */
public record ContributionBillAnswer(String npp, String division, String employerName, String period,
        String riskGroup, String businessScale, String status, String dueDate, String paymentCode, String billId,
        Integer wageReportVersion, List<ContributionAmounts.Program> programs, List<LateFee> lateFees,
        List<Employee> employees, String employerTotal, String workerTotal, String lateFeeTotal, String totalAmount) {

    public record LateFee(String program, int monthsLate, String amount) {}

    public record Employee(String kpj, String nameMasked, String wage, String jpWageBase,
            List<ContributionAmounts.Share> programs) {}
}
