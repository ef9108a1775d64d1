package id.jamsostek.core.simulator.tariff;

import id.jamsostek.contracts.Money;
import java.util.Objects;

/**
 * What a non-wage earner's monthly contribution is computed from.
 *
 * @param incomeBand the declared income band
 * @param withJht whether the optional JHT savings were chosen
 * @param sector decides the discount period (PP 50/2025: transport or not)
 * @param payer some payers' contributions are never discounted
 */
public record BpuTerms(Money incomeBand, boolean withJht, Sector sector, PayerType payer) {

    public BpuTerms {
        Objects.requireNonNull(incomeBand, "incomeBand");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(payer, "payer");
    }

    /** Self-paid, in no particular sector. */
    public static BpuTerms selfPaid(Money incomeBand, boolean withJht) {
        return new BpuTerms(incomeBand, withJht, Sector.OTHER, PayerType.SELF);
    }
}
