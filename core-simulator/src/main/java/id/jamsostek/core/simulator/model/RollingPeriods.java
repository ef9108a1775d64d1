package id.jamsostek.core.simulator.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A non-wage earner's coverage periods, rolling from the registration day rather than calendar months. Contribution
 * month M (the month a period starts in) covers the registration day n months on, n counted from the registration
 * month to M, up to the day before the next period starts. Each start is taken from the registration day itself, so
 * a month-end day never drifts: registered on 31 January, the periods start on 28 (or 29) February, 31 March, 30
 * April, 31 May.
 */
public record RollingPeriods(LocalDate registeredOn) {

    public RollingPeriods {
        Objects.requireNonNull(registeredOn, "registeredOn");
    }

    /** The first day the contribution month covers. */
    public LocalDate start(YearMonth month) {
        return registeredOn.plusMonths(ChronoUnit.MONTHS.between(YearMonth.from(registeredOn), month));
    }

    /** The last day the contribution month covers: the day before the next one starts. */
    public LocalDate end(YearMonth month) {
        return start(month.plusMonths(1)).minusDays(1);
    }

    /** The contribution month whose period contains the day. */
    public YearMonth monthOf(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        return day.isBefore(start(month)) ? month.minusMonths(1) : month;
    }
}
