package id.jamsostek.core.simulator.model;

import id.jamsostek.contracts.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A non-wage earner (Bukan Penerima Upah): informal or vulnerable worker, village official paid as BPU.
 *
 * @param kpj participant number, 11 digits
 * @param nik national ID, 16 digits (personal data: never logged)
 * @param incomeBand the declared income band contributions are computed on
 * @param withJht whether the participant chose the optional JHT savings
 * @param registeredOn the day coverage started (it rolls from there)
 */
public record NonWageEarner(String kpj, String nik, String name, LocalDate birthDate, Money incomeBand,
        boolean withJht, LocalDate registeredOn) {

    public NonWageEarner {
        Identifiers.requireDigits(kpj, 11, 11, "KPJ");
        Identifiers.requireNik(nik, birthDate);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(incomeBand, "incomeBand");
        Objects.requireNonNull(registeredOn, "registeredOn");
    }

    @Override
    public String toString() {
        return "NonWageEarner[kpj=" + Identifiers.masked(kpj) + ", band=" + incomeBand + ", withJht=" + withJht + "]";
    }
}
