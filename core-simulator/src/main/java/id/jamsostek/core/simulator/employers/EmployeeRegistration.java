package id.jamsostek.core.simulator.employers;

import id.jamsostek.contracts.EmployerRef;
import id.jamsostek.contracts.Money;
import id.jamsostek.contracts.Sex;
import id.jamsostek.core.simulator.model.PersonIdentity;
import id.jamsostek.core.simulator.tariff.Program;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The body of {@code POST .../employees} once it has passed the contract's schema, with the unit it is for. Two
 * registrations under one Idempotency-Key are the same when these values are equal (programs as a set).
 *
 * @param programs the programs asked for; null when the body had none (the scale's required programs apply)
 */
public record EmployeeRegistration(EmployerRef employer, PersonIdentity identity, String fullName,
        LocalDate birthDate, Sex sex, LocalDate startDate, Money monthlyWage, Set<Program> programs) {

    public EmployeeRegistration {
        Objects.requireNonNull(employer, "employer");
        Objects.requireNonNull(identity, "identity");
        programs = programs == null ? null : programs.isEmpty() ? EnumSet.noneOf(Program.class) : EnumSet.copyOf(programs);
    }

    /** Personal data stays out: a record's default toString would print the NIK and the name. */
    @Override
    public String toString() {
        return "EmployeeRegistration[" + employer + ", " + identity + ", start=" + startDate + "]";
    }
}
