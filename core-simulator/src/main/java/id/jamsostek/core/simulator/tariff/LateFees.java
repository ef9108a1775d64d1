package id.jamsostek.core.simulator.tariff;

import id.jamsostek.contracts.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

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

    /** The period's late fee as of today, all programs together. */
    public Money feeFor(YearMonth period, ContributionBreakdown contribution, LocalDate today) {
        return feesFor(period, contribution, today).stream().map(ProgramFee::amount).reduce(Money.ZERO, Money::plus);
    }

    /** The period's late fee as of today per program, leaving out programs whose fee is zero; empty when not late. */
    public List<ProgramFee> feesFor(YearMonth period, ContributionBreakdown contribution, LocalDate today) {
        int months = monthsLate(period, today);
        if (months == 0) {
            return List.of();
        }
        LocalDate due = dueDates.dueDate(Segment.PU, period);
        List<ProgramFee> fees = new ArrayList<>();
        for (ProgramShare share : contribution.shares()) {
            BigDecimal percent = rates.percentPerMonth(share.program(), due).multiply(BigDecimal.valueOf(months));
            Money fee = share.total().percent(percent);
            if (!fee.isZero()) {
                fees.add(new ProgramFee(share.program(), months, fee));
            }
        }
        return List.copyOf(fees);
    }

    /** One program's late fee of a period. */
    public record ProgramFee(Program program, int monthsLate, Money amount) {
    }
}
