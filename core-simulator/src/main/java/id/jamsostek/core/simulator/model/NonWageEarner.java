package id.jamsostek.core.simulator.model;

import id.jamsostek.contracts.Money;
import id.jamsostek.core.simulator.tariff.BpuTerms;
import id.jamsostek.core.simulator.tariff.PayerType;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A non-wage earner (Bukan Penerima Upah): informal or vulnerable worker, village official paid as BPU.
 *
 * @param kpj participant number, 11 digits
 * @param nik national ID, 16 digits (personal data: never logged)
 * @param terms what the contributions are computed from: income band, JHT chosen, sector, payer type
 * @param registeredOn the day coverage started (it rolls from there)
 */
public record NonWageEarner(String kpj, String nik, String name, LocalDate birthDate, BpuTerms terms,
        LocalDate registeredOn) {

    public NonWageEarner {
        Identifiers.requireDigits(kpj, 11, 11, "KPJ");
        Identifiers.requireNik(nik, birthDate);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(registeredOn, "registeredOn");
    }

    /** The same person as billed for a month another payer pays (its discounts may differ). */
    public NonWageEarner paidBy(PayerType payer) {
        return new NonWageEarner(kpj, nik, name, birthDate,
                new BpuTerms(terms.incomeBand(), terms.withJht(), terms.sector(), payer), registeredOn);
    }

    public Money incomeBand() {
        return terms.incomeBand();
    }

    public boolean withJht() {
        return terms.withJht();
    }

    @Override
    public String toString() {
        return "NonWageEarner[kpj=" + Identifiers.masked(kpj) + ", band=" + terms.incomeBand() + ", withJht="
                + terms.withJht() + ", sector=" + terms.sector() + ", payer=" + terms.payer() + "]";
    }
}
