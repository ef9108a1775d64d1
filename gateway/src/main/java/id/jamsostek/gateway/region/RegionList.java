package id.jamsostek.gateway.region;

import id.jamsostek.contracts.RegionScope;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Kemendagri's region codes and names, reference data read once at start from {@code reference/regions/} (the npm
 * package idn-area-data 4.0.1, see SOURCE.md there): provinces (2 digits), regencies and cities (4), districts (6),
 * villages (10). A code or prefix not in the list is not a region.
 */
@Component
public class RegionList {

    /** Names the list in problems, so that a caller knows which edition refused its code. */
    public static final String EDITION = "Kemendagri code list (idn-area-data 4.0.1)";
    private static final String FOLDER = "reference/regions/";
    /** The demo's partners serve the synthetic villages, so the demo profile always accepts them. */
    private static final String DEMO_PROFILE = "demo";

    private final NavigableMap<String, String> names;

    @Autowired
    public RegionList(RegionSettings settings, Environment environment) {
        this(settings.allowSyntheticVillages() || environment.matchesProfiles(DEMO_PROFILE));
    }

    /** @param withSyntheticVillages whether the demo's and tests' made-up village codes count */
    public RegionList(boolean withSyntheticVillages) {
        Map<String, String> all = new HashMap<>(100_000);
        for (String file : new String[] {"provinces.csv", "regencies.csv", "districts.csv", "villages.csv.gz"}) {
            read(FOLDER + file, all);
        }
        if (withSyntheticVillages) {
            read(FOLDER + "synthetic-villages.csv", all);
        }
        this.names = Collections.unmodifiableNavigableMap(new TreeMap<>(all));
    }

    /** Whether the scope (a province, regency, district or village code) is in the list. */
    public boolean knows(RegionScope scope) {
        return names.containsKey(scope.prefix());
    }

    /** Whether the 10 digits are a village of the list. */
    public boolean isVillage(String code) {
        return code != null && code.length() == 10 && names.containsKey(code);
    }

    /** The region's name as the list spells it ("Kabupaten Tangerang", "Saga"). */
    public Optional<String> nameOf(String code) {
        return Optional.ofNullable(names.get(code));
    }

    /**
     * The regions one level below a prefix, ordered by code: the provinces below "", a province's regencies and cities,
     * a regency's districts, a district's villages; none below a village.
     */
    public List<String> partsOf(String prefix) {
        int length = switch (prefix.length()) {
            case 0 -> 2;
            case 2 -> 4;
            case 4 -> 6;
            case 6 -> 10;
            default -> -1;
        };
        return names.subMap(prefix, true, prefix + Character.MAX_VALUE, false).keySet().stream()
                .filter(code -> code.length() == length).toList();
    }

    public int size() {
        return names.size();
    }

    private static void read(String resource, Map<String, String> into) {
        InputStream raw = RegionList.class.getClassLoader().getResourceAsStream(resource);
        if (raw == null) {
            throw new IllegalStateException("reference data not on the classpath: " + resource);
        }
        try (InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int columns = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (columns == 0) {
                    columns = line.split(",").length;
                    continue;
                }
                // code[,parent code],name: the name is last and may be quoted with commas ("Lubuk Pakam I,II")
                int first = line.indexOf(',');
                int nameFrom = columns == 2 ? first : line.indexOf(',', first + 1);
                into.put(line.substring(0, first).replace(".", ""), name(line.substring(nameFrom + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static String name(String column) {
        return column.startsWith("\"") ? column.substring(1, column.length() - 1).replace("\"\"", "\"") : column;
    }
}
