package id.jamsostek.adapters.core;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** A non-wage-earner participant as the core knows them (contracts/core ParticipantRecord). Personal data. */
public record ParticipantRecord(String kpj, String nik, String fullName, String villageCode, String role,
        Enrollment.Payer payer, List<String> programs, LocalDate enrolledAt, YearMonth paidUpTo,
        boolean activeThisMonth) {

    public ParticipantRecord {
        programs = List.copyOf(programs);
    }

    @Override
    public String toString() {
        return "ParticipantRecord[village=" + villageCode + ", role=" + role + "]";
    }
}
