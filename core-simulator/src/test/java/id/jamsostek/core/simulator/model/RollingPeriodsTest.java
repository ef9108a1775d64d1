package id.jamsostek.core.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class RollingPeriodsTest {

    @Test
    void registeredMidMonthEachPeriodRunsFromTheRegistrationDayToTheDayBeforeIt() {
        RollingPeriods periods = new RollingPeriods(LocalDate.of(2026, 11, 14));

        assertThat(periods.start(YearMonth.of(2026, 11))).isEqualTo(LocalDate.of(2026, 11, 14));
        assertThat(periods.end(YearMonth.of(2026, 11))).isEqualTo(LocalDate.of(2026, 12, 13));
        assertThat(periods.start(YearMonth.of(2027, 10))).isEqualTo(LocalDate.of(2027, 10, 14));
        assertThat(periods.end(YearMonth.of(2027, 10))).isEqualTo(LocalDate.of(2027, 11, 13));
    }

    @Test
    void registeredOnTheThirtyFirstPeriodsStartOnEachMonthsLastDayWhenShorterAndNeverDrift() {
        RollingPeriods periods = new RollingPeriods(LocalDate.of(2026, 1, 31));

        assertThat(periods.end(YearMonth.of(2026, 1))).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(periods.start(YearMonth.of(2026, 2))).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(periods.end(YearMonth.of(2026, 2))).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(periods.start(YearMonth.of(2026, 3))).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(periods.start(YearMonth.of(2026, 4))).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(periods.start(YearMonth.of(2026, 5))).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(periods.start(YearMonth.of(2028, 2))).as("a leap year").isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void theRunningMonthIsTheOneWhosePeriodContainsTheDay() {
        RollingPeriods periods = new RollingPeriods(LocalDate.of(2026, 1, 31));

        assertThat(periods.monthOf(LocalDate.of(2026, 2, 27))).isEqualTo(YearMonth.of(2026, 1));
        assertThat(periods.monthOf(LocalDate.of(2026, 2, 28))).isEqualTo(YearMonth.of(2026, 2));
        assertThat(periods.monthOf(LocalDate.of(2026, 3, 30))).isEqualTo(YearMonth.of(2026, 2));
        assertThat(periods.monthOf(LocalDate.of(2026, 3, 31))).isEqualTo(YearMonth.of(2026, 3));
        RollingPeriods firstOfMonth = new RollingPeriods(LocalDate.of(2026, 11, 1));
        assertThat(firstOfMonth.monthOf(LocalDate.of(2026, 11, 30))).as("calendar months when registered on the 1st")
                .isEqualTo(YearMonth.of(2026, 11));
        assertThat(firstOfMonth.end(YearMonth.of(2026, 11))).isEqualTo(LocalDate.of(2026, 11, 30));
    }
}
