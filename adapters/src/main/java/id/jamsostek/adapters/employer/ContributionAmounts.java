package id.jamsostek.adapters.employer;

/** The amount lines the bill and the preview share (contracts/employer/schemas/ProgramContribution.json, EmployeeProgramShare.json). */
public final class ContributionAmounts {

    private ContributionAmounts() {}

    /** One program's contribution: employer's and worker's shares, their total, informational only for JKP. */
    public record Program(String program, String employer, String worker, String total, boolean informational) {}

    /** One employee's share of one program. */
    public record Share(String program, String employer, String worker) {}
}
