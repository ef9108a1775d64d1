package id.jamsostek.core.simulator.tariff;

import id.jamsostek.contracts.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** A non-wage earner's monthly contribution per program, on the declared income band. */
public final class NonWageEarnerContributions {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final NonWageEarnerRates rates;
    private final IncomeBands bands;

    public NonWageEarnerContributions(NonWageEarnerRates rates, IncomeBands bands) {
        this.rates = rates;
        this.bands = bands;
    }

    /**
     * Why a non-wage earner cannot have these programs from the period on, under the rows in force then: a program
     * without a row (JP, say) is not available, a mandatory one must be listed. Empty when the choice is allowed.
     */
    public Optional<String> refusalOf(Collection<Program> chosen, YearMonth period) {
        List<NonWageEarnerRates.Rate> inForce = rates.inForceOn(period.atDay(1));
        for (Program program : chosen) {
            if (inForce.stream().noneMatch(rate -> rate.program() == program)) {
                return Optional.of(program + " is not available to non-wage earners");
            }
        }
        return inForce.stream()
                .filter(rate -> rate.mandatory() && !chosen.contains(rate.program()))
                .findFirst()
                .map(rate -> rate.program() + " is mandatory");
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
