package id.jamsostek.core.simulator.tariff;

import id.jamsostek.contracts.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A non-wage earner's monthly contribution per program, on the declared income band, less the discounts in force
 * for the month and the participant's sector unless its payer is excluded from them.
 */
public final class NonWageEarnerContributions {

    /** PP 50/2025: not for contributions paid from a regional budget (APBD); a village budget is discounted. */
    public static final Set<PayerType> DEFAULT_EXCLUDED_FROM_DISCOUNTS = EnumSet.of(PayerType.REGENCY_BUDGET);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final NonWageEarnerRates rates;
    private final IncomeBands bands;
    private final ContributionDiscounts discounts;
    private final Set<PayerType> excludedFromDiscounts;

    public NonWageEarnerContributions(NonWageEarnerRates rates, IncomeBands bands, ContributionDiscounts discounts,
            Set<PayerType> excludedFromDiscounts) {
        this.rates = rates;
        this.bands = bands;
        this.discounts = discounts;
        this.excludedFromDiscounts = EnumSet.noneOf(PayerType.class);
        this.excludedFromDiscounts.addAll(excludedFromDiscounts);
    }

    /** The same rules with other payer types excluded from every discount (configuration, not data). */
    public NonWageEarnerContributions excludingFromDiscounts(Set<PayerType> payers) {
        return new NonWageEarnerContributions(rates, bands, discounts, payers);
    }

    public Set<PayerType> excludedFromDiscounts() {
        return Set.copyOf(excludedFromDiscounts);
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

    /** A period uses the rate rows in force on its first day and the discount rows that cover the month. */
    public ContributionBreakdown monthly(BpuTerms terms, YearMonth period) {
        if (!bands.isBand(terms.incomeBand())) {
            throw new IllegalArgumentException("not an income band of the table: " + terms.incomeBand());
        }
        List<ProgramShare> shares = new ArrayList<>();
        for (NonWageEarnerRates.Rate rate : rates.inForceOn(period.atDay(1))) {
            if (!rate.mandatory() && !(rate.program() == Program.JHT && terms.withJht())) {
                continue;
            }
            Money full = switch (rate.basis()) {
                case BAND_PERCENT -> terms.incomeBand().percent(rate.value());
                case FLAT -> new Money(rate.value());
            };
            shares.add(new ProgramShare(rate.program(), Money.ZERO,
                    full.percent(HUNDRED.subtract(percentOff(terms, rate.program(), period)))));
        }
        return new ContributionBreakdown(shares);
    }

    private BigDecimal percentOff(BpuTerms terms, Program program, YearMonth period) {
        return excludedFromDiscounts.contains(terms.payer()) ? BigDecimal.ZERO
                : discounts.percentOff(Segment.BPU, terms.sector(), program, period);
    }
}
