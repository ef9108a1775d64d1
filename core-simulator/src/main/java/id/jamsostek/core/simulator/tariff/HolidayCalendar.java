package id.jamsostek.core.simulator.tariff;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Working days: not a weekend, not a national holiday and not a collective-leave day (cuti bersama) of
 * {@code holidays.csv}.
 */
public final class HolidayCalendar {

    /** Why a day is not worked: both kinds move a due date alike. */
    enum Kind {
        HOLIDAY, COLLECTIVE_LEAVE
    }

    /** OFFICIAL from the year's joint decree; PROVISIONAL estimated until the decree is out. */
    enum Status {
        OFFICIAL, PROVISIONAL
    }

    private final Set<LocalDate> holidays = new HashSet<>();

    public static HolidayCalendar load(String resource) {
        HolidayCalendar calendar = new HolidayCalendar();
        for (CsvTable.Row row : CsvTable.read(resource)) {
            Kind.valueOf(row.get("kind"));
            Status.valueOf(row.get("status"));
            if (!calendar.holidays.add(LocalDate.parse(row.get("date")))) {
                throw new IllegalStateException(resource + " line " + row.lineNumber() + ": a date listed twice");
            }
        }
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
