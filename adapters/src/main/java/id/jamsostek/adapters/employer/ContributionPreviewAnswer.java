package id.jamsostek.adapters.employer;

import java.util.List;

/** What a proposed payroll would owe (contracts/employer/schemas/ContributionPreview.json). */
public record ContributionPreviewAnswer(String npp, String division, String period, String riskGroup,
        String businessScale, List<ContributionAmounts.Program> programs, List<Employee> employees,
        String employerTotal, String workerTotal, String totalAmount) {

    public record Employee(String reference, String wage, String jpWageBase, List<ContributionAmounts.Share> programs,
            String employerTotal, String workerTotal) {}
}
