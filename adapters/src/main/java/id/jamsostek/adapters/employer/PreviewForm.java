package id.jamsostek.adapters.employer;

import java.util.List;

/** A proposed payroll to price (contracts/employer/schemas/ContributionPreviewRequest.json). */
public record PreviewForm(String npp, String division, String period, List<Line> employees) {

    public record Line(String reference, String monthlyWage) {}

    public PreviewForm {
        employees = List.copyOf(employees);
    }
}
