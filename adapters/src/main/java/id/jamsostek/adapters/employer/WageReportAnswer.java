package id.jamsostek.adapters.employer;

/** The receipt of a wage report (contracts/employer/schemas/WageReportReceipt.json). */
public record WageReportAnswer(String npp, String division, String period, int version, Integer supersededVersion,
        int employees, int leavers) {}
