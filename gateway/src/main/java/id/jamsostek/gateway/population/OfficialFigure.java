package id.jamsostek.gateway.population;

import java.time.YearMonth;

/**
 * A working-population figure from an official publication (BPS Sakernas), as an operator uploaded it.
 *
 * @param region            a province, regency, district or village code (2, 4, 6 or 10 digits)
 * @param period            the year ("2025") or the month ("2025-08") the figure is for
 * @param workingPopulation people who work, in the region
 * @param source            the citation the operator gave (publication, table, release date)
 */
public record OfficialFigure(String region, String period, long workingPopulation, String source) {

    /** The first month the figure is for: its month, or January of its year. */
    public YearMonth from() {
        return period.length() == 4 ? YearMonth.of(Integer.parseInt(period), 1) : YearMonth.parse(period);
    }
}
