package id.jamsostek.core.simulator.employers;

import id.jamsostek.core.simulator.model.WageEarner;
import id.jamsostek.core.simulator.tariff.Program;
import java.time.LocalDate;
import java.util.List;

/**
 * An employment as registration answers it.
 *
 * @param programs the programs in force for the employee, in program order
 * @param endDate the last day of employment, null while ACTIVE
 */
public record EmployeeRecord(WageEarner employee, List<Program> programs, Status status, LocalDate endDate) {

    /** ACTIVE until a wage report in force lists the employee as a leaver. */
    public enum Status {
        ACTIVE, LEFT
    }

    public EmployeeRecord {
        programs = List.copyOf(programs);
    }
}
