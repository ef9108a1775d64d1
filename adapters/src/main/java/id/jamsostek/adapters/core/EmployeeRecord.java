package id.jamsostek.adapters.core;

import id.jamsostek.contracts.EmployerRef;
import id.jamsostek.contracts.Kpj;
import id.jamsostek.contracts.Money;
import id.jamsostek.contracts.Program;
import java.time.LocalDate;
import java.util.List;

/**
 * An employment as the core registered it (contracts/core EmployeeRecord), unmasked: the caller masks what its channel
 * may not see. Personal data.
 *
 * @param nik the NIK of an Indonesian, else null
 * @param passportNo the passport number of anyone else, else null
 * @param endDate the last day of employment, null while ACTIVE
 * @param replayed whether the core answered an earlier registration under the same key
 */
public record EmployeeRecord(String kpj, EmployerRef employer, String nik, String passportNo, String fullName,
        String nationality, LocalDate startDate, Money monthlyWage, List<Program> programs, Status status,
        LocalDate endDate, boolean replayed) {

    /** ACTIVE until a wage report lists the employee as a leaver. */
    public enum Status { ACTIVE, LEFT }

    public EmployeeRecord {
        programs = List.copyOf(programs);
    }

    @Override
    public String toString() {
        return "EmployeeRecord[kpj=" + Kpj.of(kpj).masked() + ", employer=" + employer + ", status=" + status + "]";
    }
}
