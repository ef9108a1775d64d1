package id.jamsostek.core.simulator.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A wage-earning participant (Penerima Upah) registered by an employer.
 *
 * @param kpj participant number, 11 digits
 * @param nik national ID, 16 digits (personal data: never logged)
 */
public record WageEarner(String kpj, String nik, String name, LocalDate birthDate, String employerNpp,
        WageHistory wages) {

    public WageEarner {
        Identifiers.requireDigits(kpj, 11, 11, "KPJ");
        Identifiers.requireNik(nik, birthDate);
        Identifiers.requireDigits(employerNpp, 8, 8, "NPP");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(wages, "wages");
    }

    @Override
    public String toString() {
        return "WageEarner[kpj=" + Identifiers.masked(kpj) + ", employerNpp=" + employerNpp + "]";
    }
}
