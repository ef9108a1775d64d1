package id.jamsostek.core.simulator.model;

import id.jamsostek.contracts.EmployerRef;
import id.jamsostek.contracts.Money;
import id.jamsostek.contracts.Sex;
import id.jamsostek.core.simulator.tariff.Program;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One employment of a wage earner (Penerima Upah) with an employer unit, as registered. When it ends is not part of
 * it: a wage report's leavers say so (see the employer's roster), so a corrected report can undo a departure.
 *
 * @param kpj the person's participant number, 11 digits (the same with every employer)
 * @param identity the NIK, or nationality and passport number (personal data: never logged)
 * @param registeredWage the monthly wage registered, in force until a wage report says otherwise
 * @param voluntaryPrograms programs asked for beyond those the employer's business scale requires
 */
public record WageEarner(String kpj, PersonIdentity identity, String name, LocalDate birthDate, Sex sex,
        EmployerRef employer, LocalDate startDate, Money registeredWage, Set<Program> voluntaryPrograms) {

    public WageEarner {
        Identifiers.requireDigits(kpj, 11, 11, "KPJ");
        Objects.requireNonNull(identity, "identity");
        if (identity.indonesian()) {
            Identifiers.requireNik(identity.nik(), birthDate);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(employer, "employer");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(registeredWage, "registeredWage");
        voluntaryPrograms = voluntaryPrograms.isEmpty() ? EnumSet.noneOf(Program.class) : EnumSet.copyOf(voluntaryPrograms);
    }

    public YearMonth firstPeriod() {
        return YearMonth.from(startDate);
    }

    @Override
    public String toString() {
        return "WageEarner[kpj=" + Identifiers.masked(kpj) + ", employer=" + employer + ", start=" + startDate + "]";
    }
}
