package id.jamsostek.core.simulator.tariff;

import id.jamsostek.contracts.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** A non-wage earner's monthly contribution per program, on the declared income band. */
public final class NonWageEarnerContributions {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final NonWageEarnerRates rates;
    private final IncomeBands bands;

    public NonWageEarnerContributions(NonWageEarnerRates rates, IncomeBands bands) {
        this.rates = rates;
        this.bands = bands;
    }

    /** A period uses the rows in force on its first day. */
    public ContributionBreakdown monthly(Money incomeBand, boolean withJht, YearMonth period) {
        if (!bands.isBand(incomeBand)) {
            throw new IllegalArgumentException("not an income band of the table: " + incomeBand);
        }
        List<ProgramShare> shares = new ArrayList<>();
        for (NonWageEarnerRates.Rate rate : rates.inForceOn(period.atDay(1))) {
            if (!rate.mandatory() && !(rate.program() == Program.JHT && withJht)) {
                continue;
            }
            Money full = switch (rate.basis()) {
                case BAND_PERCENT -> incomeBand.percent(rate.value());
                case FLAT -> new Money(rate.value());
            };
            Money charged = full.percent(HUNDRED.subtract(rate.discountPercent()));
            shares.add(new ProgramShare(rate.program(), Money.ZERO, charged));
        }
        return new ContributionBreakdown(shares);
    }
}
