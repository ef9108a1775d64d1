package id.jamsostek.adapters.employer;

import java.util.List;

/** A month's wages and leavers as a platform reports them (contracts/employer/schemas/WageReport.json). */
public record WageReportForm(int version, List<Wage> wages, List<Leaver> leavers) {

    public record Wage(String kpj, String monthlyWage) {}

    public record Leaver(String kpj, String endDate, String reason) {}

    public WageReportForm {
        wages = wages == null ? List.of() : List.copyOf(wages);
        leavers = leavers == null ? List.of() : List.copyOf(leavers);
    }
}
