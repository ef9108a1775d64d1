package id.jamsostek.gateway.village;

import id.jamsostek.adapters.village.PopulationReference;
import id.jamsostek.contracts.RegionScope;
import id.jamsostek.gateway.population.OfficialFigure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The working population per region, reference data read once at start from {@value #RESOURCE} into memory. The
 * file shipped is a SYNTHETIC stand-in for the demo villages (see its header), and its figures are marked so; the
 * official figures (BPS Sakernas) are uploaded by operators and take the place of the stand-in's row of the same region
 * ({@link #withOfficial}). Where a region appears for several years in the file the latest year is kept.
 */
@Component
public class WorkingPopulation implements PopulationReference {

    static final String RESOURCE = "reference/working-population.csv";
    private static final String HEADER = "region_code,year,working_population,source";

    record Row(String region, String period, long workingPopulation, String source, Status status) {

        String label() {
            return source + ", " + period;
        }
    }

    private final NavigableMap<String, Row> rows;

    public WorkingPopulation() {
        this(read(RESOURCE));
    }

    WorkingPopulation(List<String> lines) {
        this(parse(lines));
    }

    private WorkingPopulation(NavigableMap<String, Row> rows) {
        this.rows = Collections.unmodifiableNavigableMap(rows);
    }

    /**
     * This reference with the official figures in place of the stand-in's rows of the same regions: per region, the
     * figure of the latest period that starts no later than the month, else (every figure is for later) the earliest.
     */
    public WorkingPopulation withOfficial(Collection<OfficialFigure> official, YearMonth month) {
        if (official.isEmpty()) {
            return this;
        }
        Comparator<OfficialFigure> byStart = Comparator.comparing(OfficialFigure::from);
        NavigableMap<String, Row> merged = new TreeMap<>(rows);
        Map<String, List<OfficialFigure>> byRegion = official.stream()
                .collect(Collectors.groupingBy(OfficialFigure::region));
        byRegion.forEach((region, figures) -> {
            OfficialFigure chosen = figures.stream().filter(figure -> !figure.from().isAfter(month)).max(byStart)
                    .orElseGet(() -> figures.stream().min(byStart).orElseThrow());
            merged.put(region, new Row(region, chosen.period(), chosen.workingPopulation(), chosen.source(),
                    Status.OFFICIAL));
        });
        return new WorkingPopulation(merged);
    }

    @Override
    public Optional<Figure> of(String region) {
        Row own = rows.get(region);
        if (own != null) {
            return Optional.of(new Figure(own.workingPopulation(), own.label(), own.status()));
        }
        List<Row> villages = villageRows(region);
        if (villages.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Figure(villages.stream().mapToLong(Row::workingPopulation).sum(),
                villages.stream().map(Row::label).distinct().sorted().collect(Collectors.joining("; ")),
                villages.stream().map(Row::status).reduce(Status::with).orElseThrow()));
    }

    @Override
    public SortedSet<String> villagesWithin(String prefix) {
        return villageRows(prefix).stream().map(Row::region).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The regions of a level (2 digits: provinces, 4: regencies and cities, 6: districts) that have a figure, their own
     * row or one of their villages', ordered: the regions whose coverage can be given as a percentage.
     */
    public SortedSet<String> regionsWithFigures(int digits) {
        return rows.keySet().stream().filter(code -> code.length() >= digits).map(code -> code.substring(0, digits))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** How many regions have a row: for the start-up log and tests. */
    public int size() {
        return rows.size();
    }

    private List<Row> villageRows(String prefix) {
        return rows.subMap(prefix, true, prefix + Character.MAX_VALUE, false).values().stream()
                .filter(row -> row.region().length() == 10).toList();
    }

    static NavigableMap<String, Row> parse(List<String> lines) {
        NavigableMap<String, Row> rows = new TreeMap<>();
        boolean header = false;
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.equals(HEADER)) {
                    throw new IllegalStateException(RESOURCE + ": the first row must be the header " + HEADER);
                }
                header = true;
                continue;
            }
            Row row = row(line, number);
            Row kept = rows.get(row.region());
            if (kept != null && kept.period().equals(row.period())) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": region " + row.region()
                        + " appears twice for " + row.period());
            }
            if (kept == null || row.period().compareTo(kept.period()) > 0) {
                rows.put(row.region(), row);
            }
        }
        return rows;
    }

    private static Row row(String line, int number) {
        String[] cells = line.split(",", 4);
        try {
            if (cells.length != 4 || cells[3].isBlank()) {
                throw new IllegalArgumentException("4 columns wanted");
            }
            String region = RegionScope.of(cells[0].strip()).prefix();
            long population = Long.parseLong(cells[2].strip());
            if (population < 0) {
                throw new IllegalArgumentException("negative population");
            }
            return new Row(region, Integer.toString(Integer.parseInt(cells[1].strip())), population, cells[3].strip(),
                    Status.SYNTHETIC_STAND_IN);
        } catch (IllegalArgumentException bad) {
            throw new IllegalStateException(RESOURCE + " line " + number + ": " + bad.getMessage(), bad);
        }
    }

    private static List<String> read(String resource) {
        try (InputStream in = WorkingPopulation.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "WorkingPopulation[" + rows.size() + " regions from " + RESOURCE + "]";
    }
}
