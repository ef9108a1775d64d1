package id.jamsostek.adapters.core;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A non-wage-earner participant as the core knows them (contracts/core ParticipantRecord). Personal data.
 *
 * @param coveredUntil the last day the paid-up period covers; null when nothing was paid yet
 * @param agentId the Perisai agent that registered the worker; null when none did
 */
public record ParticipantRecord(String kpj, String nik, String fullName, String villageCode, String role,
        Enrollment.Payer payer, List<String> programs, LocalDate enrolledAt, YearMonth paidUpTo,
        boolean activeThisMonth, LocalDate coveredUntil, String agentId) {

    public ParticipantRecord {
        programs = List.copyOf(programs);
    }

    /** Without the day the cover ends (a core that does not say). */
    public ParticipantRecord(String kpj, String nik, String fullName, String villageCode, String role,
            Enrollment.Payer payer, List<String> programs, LocalDate enrolledAt, YearMonth paidUpTo,
            boolean activeThisMonth) {
        this(kpj, nik, fullName, villageCode, role, payer, programs, enrolledAt, paidUpTo, activeThisMonth, null,
                null);
    }

    @Override
    public String toString() {
        return "ParticipantRecord[village=" + villageCode + ", role=" + role + "]";
    }
}
