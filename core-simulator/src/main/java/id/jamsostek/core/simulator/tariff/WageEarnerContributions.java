package id.jamsostek.core.simulator.tariff;

import id.jamsostek.contracts.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A wage earner's monthly contribution per program, each share rounded to the whole rupiah half up. */
public final class WageEarnerContributions {

    private static final List<Program> CHARGED = List.of(Program.JKK, Program.JKM, Program.JHT, Program.JP);
    private final WageEarnerRates rates;
    private final JpWageCaps caps;
    private final ProgramsByScale programsByScale;

    public WageEarnerContributions(WageEarnerRates rates, JpWageCaps caps, ProgramsByScale programsByScale) {
        this.rates = rates;
        this.caps = caps;
        this.programsByScale = programsByScale;
    }

    /** A period uses the rates, cap and program list in force on its first day. */
    public ContributionBreakdown monthly(Money wage, RiskGroup group, BusinessScale scale, YearMonth period) {
        LocalDate on = period.atDay(1);
        Set<Program> paid = programsByScale.programsFor(scale, on);
        List<ProgramShare> shares = new ArrayList<>();
        for (Program program : CHARGED) {
            if (!paid.contains(program)) {
                continue;
            }
            Money base = program == Program.JP ? caps.capped(wage, on) : wage;
            shares.add(new ProgramShare(program,
                    base.percent(rates.percent(program, Payer.EMPLOYER, group, on)),
                    base.percent(rates.percent(program, Payer.WORKER, group, on))));
        }
        return new ContributionBreakdown(shares);
    }
}
