package id.jamsostek.core.simulator.tariff;

import id.jamsostek.contracts.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Late fees of an employer's period: each started month of delay after the due date adds the program's monthly
 * late-fee percent of that program's contribution (employer and worker shares together), rounded half up.
 */
public final class LateFees {

    private final LateFeeRates rates;
    private final DueDates dueDates;

    public LateFees(LateFeeRates rates, DueDates dueDates) {
        this.rates = rates;
        this.dueDates = dueDates;
    }

    /** 0 up to the due date; 1 until the same day a month after the nominal due day; and so on. */
    public int monthsLate(YearMonth period, LocalDate today) {
        if (!today.isAfter(dueDates.dueDate(Segment.PU, period))) {
            return 0;
        }
        LocalDate nominal = dueDates.nominalDueDate(Segment.PU, period);
        int months = 1;
        while (today.isAfter(nominal.plusMonths(months))) {
            months++;
        }
        return months;
    }

    public Money feeFor(YearMonth period, ContributionBreakdown contribution, LocalDate today) {
        int months = monthsLate(period, today);
        if (months == 0) {
            return Money.ZERO;
        }
        LocalDate due = dueDates.dueDate(Segment.PU, period);
        Money fee = Money.ZERO;
        for (ProgramShare share : contribution.shares()) {
            BigDecimal percent = rates.percentPerMonth(share.program(), due).multiply(BigDecimal.valueOf(months));
            fee = fee.plus(share.total().percent(percent));
        }
        return fee;
    }
}
