package id.jamsostek.core.simulator.tariff;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Temporary discounts from {@code contribution-discounts.csv}: a percentage off one program's contribution for the
 * contribution months from {@code first_month} to {@code last_month}, for a segment and sector. The month the
 * contribution is for decides, never the day it is paid.
 */
public final class ContributionDiscounts {

    /** No discount at all. */
    public static final ContributionDiscounts NONE = new ContributionDiscounts(List.of());

    private record Row(Segment segment, Sector sector, Program program, YearMonth first, YearMonth last,
            BigDecimal percentOff) {

        boolean covers(Segment s, Sector sec, Program p, YearMonth period) {
            return segment == s && sector == sec && program == p && !period.isBefore(first) && !period.isAfter(last);
        }

        boolean overlaps(Row other) {
            return segment == other.segment && sector == other.sector && program == other.program
                    && !first.isAfter(other.last) && !other.first.isAfter(last);
        }
    }

    private final List<Row> rows;

    private ContributionDiscounts(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    public static ContributionDiscounts load(String resource) {
        List<Row> rows = new ArrayList<>();
        for (CsvTable.Row line : CsvTable.read(resource)) {
            Row row = new Row(Segment.valueOf(line.get("segment")), Sector.valueOf(line.get("sector")),
                    Program.valueOf(line.get("program")), YearMonth.parse(line.get("first_month")),
                    YearMonth.parse(line.get("last_month")), new BigDecimal(line.get("percent_off")));
            if (row.last().isBefore(row.first()) || row.percentOff().signum() <= 0
                    || row.percentOff().compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalStateException(resource + " line " + line.lineNumber()
                        + ": months out of order or a percentage outside (0, 100]");
            }
            if (rows.stream().anyMatch(row::overlaps)) {
                throw new IllegalStateException(resource + " line " + line.lineNumber()
                        + ": overlaps an earlier row for " + row.segment() + " " + row.sector() + " " + row.program());
            }
            rows.add(row);
        }
        return new ContributionDiscounts(rows);
    }

    /** The percentage taken off the program's contribution for the month; zero when no row covers it. */
    public BigDecimal percentOff(Segment segment, Sector sector, Program program, YearMonth period) {
        return rows.stream().filter(row -> row.covers(segment, sector, program, period)).findFirst()
                .map(Row::percentOff).orElse(BigDecimal.ZERO);
    }
}
