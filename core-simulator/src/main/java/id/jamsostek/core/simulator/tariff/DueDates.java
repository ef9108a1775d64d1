package id.jamsostek.core.simulator.tariff;

import java.time.LocalDate;
import java.time.YearMonth;

/** When a contribution period falls due, from {@code due-days.csv} and the holiday calendar. */
public final class DueDates {

    private record Rule(int monthsAfterPeriod, int dayOfMonth) {
    }

    private final EffectiveDated<Segment, Rule> rules = new EffectiveDated<>();
    private final HolidayCalendar calendar;

    private DueDates(HolidayCalendar calendar) {
        this.calendar = calendar;
    }

    public static DueDates load(String resource, HolidayCalendar calendar) {
        DueDates table = new DueDates(calendar);
        for (CsvTable.Row row : CsvTable.read(resource)) {
            table.rules.put(Segment.valueOf(row.get("segment")), LocalDate.parse(row.get("effective_from")),
                    new Rule(Integer.parseInt(row.get("months_after_period")), Integer.parseInt(row.get("day_of_month"))));
        }
        return table;
    }

    /** The day the rule names, before moving it off weekends and holidays; months of delay count from it. */
    public LocalDate nominalDueDate(Segment segment, YearMonth period) {
        Rule rule = rules.inForceOn(segment, period.atDay(1))
                .orElseThrow(() -> new NoRateInForceException("due-day rule for " + segment, period.atDay(1)));
        YearMonth dueMonth = period.plusMonths(rule.monthsAfterPeriod());
        return dueMonth.atDay(Math.min(rule.dayOfMonth(), dueMonth.lengthOfMonth()));
    }

    /** The last day to pay without a late fee: the nominal day, or the next working day after it. */
    public LocalDate dueDate(Segment segment, YearMonth period) {
        return calendar.workingDayOnOrAfter(nominalDueDate(segment, period));
    }
}
