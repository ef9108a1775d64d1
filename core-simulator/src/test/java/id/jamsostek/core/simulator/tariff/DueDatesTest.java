package id.jamsostek.core.simulator.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class DueDatesTest {

    private final DueDates seeded = Tariffs.fromClasspath().dueDates();
    private final DueDates withTestHolidays = DueDates.load("tariffs/due-days.csv",
            HolidayCalendar.load("test-tariffs/holidays-on-the-15th.csv"));

    @Test
    void employersPayByTheFifteenthOfTheNextMonth() {
        assertThat(seeded.dueDate(Segment.PU, YearMonth.of(2026, 11))).isEqualTo(LocalDate.of(2026, 12, 15));
    }

    @Test
    void nonWageEarnersPayByTheFifteenthOfTheMonthItself() {
        assertThat(seeded.dueDate(Segment.BPU, YearMonth.of(2026, 12))).isEqualTo(LocalDate.of(2026, 12, 15));
    }

    @Test
    void movesAWeekendDueDateToMonday() {
        assertThat(seeded.dueDate(Segment.PU, YearMonth.of(2026, 10))).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(seeded.nominalDueDate(Segment.PU, YearMonth.of(2026, 10))).isEqualTo(LocalDate.of(2026, 11, 15));
    }

    @Test
    void movesAHolidayDueDateToTheNextWorkingDay() {
        assertThat(withTestHolidays.dueDate(Segment.PU, YearMonth.of(2026, 11))).isEqualTo(LocalDate.of(2026, 12, 16));
        // Friday holiday, weekend, Monday holiday -> Tuesday
        assertThat(withTestHolidays.dueDate(Segment.PU, YearMonth.of(2026, 12))).isEqualTo(LocalDate.of(2027, 1, 19));
    }

    /** 15 May 2026 is collective leave (cuti bersama) after Ascension Day, SKB 3 Menteri of 2025. */
    @Test
    void movesADueDateOverCollectiveLeave() {
        assertThat(seeded.dueDate(Segment.BPU, YearMonth.of(2026, 5))).isEqualTo(LocalDate.of(2026, 5, 18));
        assertThat(seeded.dueDate(Segment.PU, YearMonth.of(2026, 4))).isEqualTo(LocalDate.of(2026, 5, 18));
    }

    @Test
    void knowsTheCollectiveLeaveOfEveryYearFrom2025To2027() {
        HolidayCalendar calendar = HolidayCalendar.load("tariffs/holidays.csv");
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 7))).as("Idul Fitri 2025, cuti bersama").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 24))).as("Idul Fitri 2026, cuti bersama").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 24))).as("Christmas 2026, cuti bersama").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 3, 26))).as("Good Friday 2027").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 12, 24))).as("no 2027 decree yet").isTrue();
    }

    @Test
    void readsTheSeededHolidayCalendar() {
        HolidayCalendar calendar = HolidayCalendar.load("tariffs/holidays.csv");
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 17))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 18))).isTrue();
    }
}
