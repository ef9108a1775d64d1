package id.jamsostek.gateway.population;

import id.jamsostek.contracts.RegionScope;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.gateway.region.RegionList;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an operator's CSV of official working-population figures, UTF-8, comma-separated, the header
 * {@value #HEADER} first; the source may hold commas (it is the rest of the line) and may be double-quoted. Every row
 * is checked and the file is taken whole or refused whole: 422 invalid-population-figures listing each bad row (its
 * line, column and why; never the value, at most {@value #MAX_LISTED} listed, errorCount counts them all).
 */
public final class PopulationCsv {

    public static final String HEADER = "region_code,period,working_population,source";
    /** A file holds at most every village once and its regions above: more is not one publication. */
    static final int MAX_ROWS = 100_000;
    static final int MAX_LISTED = 100;
    static final int MAX_SOURCE = 160;
    /** Figures are published from the Sakernas of 2000 on; nothing is published for a year not yet over. */
    static final int FIRST_YEAR = 2000;
    private static final Pattern PERIOD = Pattern.compile("[0-9]{4}(-[0-9]{2})?");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private final RegionList regions;

    public PopulationCsv(RegionList regions) {
        this.regions = regions;
    }

    /** The figures of the file, in its order, or the refusal of all of them. */
    public List<OfficialFigure> read(String csv, YearMonth today) {
        List<String> lines = csv.lines().toList();
        List<Map<String, Object>> errors = new ArrayList<>();
        int header = firstNonBlank(lines);
        if (header < 0 || !lines.get(header).strip().replace("\uFEFF", "").equals(HEADER)) {
            throw refused(List.of(error(header < 0 ? 1 : header + 1, "", "the first line must be " + HEADER)), 1);
        }
        List<OfficialFigure> figures = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int index = header + 1; index < lines.size(); index++) {
            String line = lines.get(index);
            if (line.isBlank()) {
                continue;
            }
            int number = index + 1;
            List<Map<String, Object>> faults = new ArrayList<>();
            OfficialFigure figure = row(line, number, today, faults);
            if (figure != null && !seen.add(figure.region() + "/" + figure.period())) {
                faults.add(error(number, "region_code", "the region has a figure for that period on an earlier line"));
            }
            if (faults.isEmpty()) {
                figures.add(figure);
            }
            errors.addAll(faults);
        }
        if (figures.isEmpty() && errors.isEmpty()) {
            errors.add(error(header + 1, "", "no figures after the header"));
        }
        if (figures.size() > MAX_ROWS) {
            errors.add(error(header + 1, "", "at most " + MAX_ROWS + " figures in one file"));
        }
        if (!errors.isEmpty()) {
            throw refused(errors.subList(0, Math.min(errors.size(), MAX_LISTED)), errors.size());
        }
        return List.copyOf(figures);
    }

    private OfficialFigure row(String line, int number, YearMonth today, List<Map<String, Object>> faults) {
        String[] cells = line.split(",", 4);
        if (cells.length != 4) {
            faults.add(error(number, "", "4 columns expected, found " + cells.length));
            return null;
        }
        String region = cells[0].strip();
        if (!region.matches("[0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{10}")) {
            faults.add(error(number, "region_code", "2, 4, 6 or 10 digits without dots"));
        } else if (!regions.knows(RegionScope.of(region))) {
            faults.add(error(number, "region_code", "not a region of the " + RegionList.EDITION));
        }
        String period = cells[1].strip();
        String periodFault = periodFault(period, today);
        if (periodFault != null) {
            faults.add(error(number, "period", periodFault));
        }
        long population = population(cells[2].strip(), region.length(), number, faults);
        String source = unquoted(cells[3].strip());
        if (source.isEmpty()) {
            faults.add(error(number, "source", "the publication the figure is from is required"));
        } else if (source.length() > MAX_SOURCE || CONTROL.matcher(source).find()) {
            faults.add(error(number, "source", "at most " + MAX_SOURCE + " characters, no control characters"));
        }
        return faults.isEmpty() ? new OfficialFigure(region, period, population, source) : null;
    }

    private static String periodFault(String period, YearMonth today) {
        if (!PERIOD.matcher(period).matches()) {
            return "a year (2025) or a month (2025-08)";
        }
        try {
            YearMonth from = new OfficialFigure("00", period, 0, "").from();
            if (from.getYear() < FIRST_YEAR) {
                return "not before " + FIRST_YEAR;
            }
            YearMonth last = period.length() == 4 ? from.plusMonths(11) : from;
            if (last.isAfter(today)) {
                return "a period not yet over has no figure";
            }
            return null;
        } catch (DateTimeException e) {
            return "a year (2025) or a month (2025-08)";
        }
    }

    private static long population(String value, int regionLength, int number, List<Map<String, Object>> faults) {
        if (!value.matches("[0-9]{1,12}")) {
            faults.add(error(number, "working_population", value.startsWith("-") ? "negative"
                    : "a whole number of people, digits only"));
            return -1;
        }
        long population = Long.parseLong(value);
        long ceiling = ceiling(regionLength);
        if (population < 1 || population > ceiling) {
            faults.add(error(number, "working_population", "from 1 to " + ceiling + " for a region of that level"));
        }
        return population;
    }

    /**
     * The largest believable figure per level, about twice the largest region's (Indonesia's working population is
     * about 146 million, West Java's about 25 million): past it the figure is a typo, not a statistic.
     */
    static long ceiling(int regionLength) {
        return switch (regionLength) {
            case 2 -> 50_000_000L;
            case 4 -> 6_000_000L;
            case 6 -> 1_500_000L;
            default -> 400_000L;
        };
    }

    private static String unquoted(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replace("\"\"", "\"").strip();
        }
        return value;
    }

    private static int firstNonBlank(List<String> lines) {
        for (int index = 0; index < lines.size(); index++) {
            if (!lines.get(index).isBlank()) {
                return index;
            }
        }
        return -1;
    }

    private static Map<String, Object> error(int line, String column, String detail) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("line", line);
        error.put("column", column);
        error.put("detail", detail);
        return error;
    }

    private static GatewayException refused(List<Map<String, Object>> listed, int count) {
        return new GatewayException(Problem.INVALID_POPULATION_FIGURES,
                count + (count == 1 ? " row is" : " rows are") + " refused; nothing was loaded",
                Map.of("errors", List.copyOf(listed), "errorCount", count));
    }
}
