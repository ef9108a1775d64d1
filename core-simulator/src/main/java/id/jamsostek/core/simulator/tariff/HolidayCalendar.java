package id.jamsostek.core.simulator.tariff;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** Working days: not a weekend and not a public holiday of {@code holidays.csv}. */
public final class HolidayCalendar {

    private final Set<LocalDate> holidays = new HashSet<>();

    public static HolidayCalendar load(String resource) {
        HolidayCalendar calendar = new HolidayCalendar();
        CsvTable.read(resource).forEach(row -> calendar.holidays.add(LocalDate.parse(row.get("date"))));
        return calendar;
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    public LocalDate workingDayOnOrAfter(LocalDate date) {
        LocalDate candidate = date;
        while (!isWorkingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }
}
