package id.jamsostek.core.simulator.tariff;

import id.jamsostek.contracts.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A wage earner's monthly contribution per program, each share rounded to the whole rupiah half up. A period uses the
 * rates, cap and program list in force on its first day.
 */
public final class WageEarnerContributions {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final List<Program> CHARGED = List.of(Program.JKK, Program.JKM, Program.JHT, Program.JP);
    private final WageEarnerRates rates;
    private final JpWageCaps caps;
    private final ProgramsByScale programsByScale;
    private final JkpRates jkp;
    private final ContributionDiscounts discounts;

    public WageEarnerContributions(WageEarnerRates rates, JpWageCaps caps, ProgramsByScale programsByScale,
            JkpRates jkp, ContributionDiscounts discounts) {
        this.rates = rates;
        this.caps = caps;
        this.programsByScale = programsByScale;
        this.jkp = jkp;
        this.discounts = discounts;
    }

    /** In the programs the business scale requires. */
    public ContributionBreakdown monthly(Money wage, RiskGroup group, Sector sector, BusinessScale scale,
            YearMonth period) {
        return monthly(wage, group, sector, requiredPrograms(scale, period), period);
    }

    /**
     * In the programs given (those of the scale and any voluntary ones); JKP, never charged, is left out. A discount
     * row for the employer's sector and the month lowers the rate of both sides (PP 7/2025: JKK of labour-intensive
     * industries), before rounding.
     */
    public ContributionBreakdown monthly(Money wage, RiskGroup group, Sector sector, Set<Program> programs,
            YearMonth period) {
        LocalDate on = period.atDay(1);
        List<ProgramShare> shares = new ArrayList<>();
        for (Program program : CHARGED) {
            if (!programs.contains(program)) {
                continue;
            }
            Money base = program == Program.JP ? caps.capped(wage, on) : wage;
            BigDecimal charged = HUNDRED.subtract(discounts.percentOff(Segment.PU, sector, program, period))
                    .divide(HUNDRED);
            shares.add(new ProgramShare(program,
                    base.percent(rates.percent(program, Payer.EMPLOYER, group, on).multiply(charged)),
                    base.percent(rates.percent(program, Payer.WORKER, group, on).multiply(charged))));
        }
        return new ContributionBreakdown(shares);
    }

    /** The programs an employer of the scale must pay for the period. */
    public Set<Program> requiredPrograms(BusinessScale scale, YearMonth period) {
        Set<Program> required = EnumSet.noneOf(Program.class);
        required.addAll(programsByScale.programsFor(scale, period.atDay(1)));
        return required;
    }

    /** The wage JP is computed on for the period: the wage, or the cap in force when the wage is above it. */
    public Money jpWageBase(Money wage, YearMonth period) {
        return caps.capped(wage, period.atDay(1));
    }

    /** What the job-loss program is credited for this wage in the period; nobody pays it on top. */
    public Money jkpInformational(Money wage, YearMonth period) {
        return jkp.informational(wage, period.atDay(1));
    }
}
