package id.jamsostek.core.simulator.tariff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the small comma-separated data files of the tariffs from the classpath: lines starting with '#' are
 * comments, the first other line names the columns. Values hold no commas, so no quoting is supported.
 */
public final class CsvTable {

    private CsvTable() {
    }

    /** One data line, read by column name. */
    public record Row(String resource, int lineNumber, Map<String, String> values) {

        public String get(String column) {
            String value = values.get(column);
            if (value == null || value.isEmpty()) {
                throw new IllegalStateException(resource + " line " + lineNumber + ": no value for " + column);
            }
            return value;
        }
    }

    public static List<Row> read(String resource) {
        InputStream in = CsvTable.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("data file not on the classpath: " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Row> rows = new ArrayList<>();
            String[] header = null;
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] cells = Arrays.stream(trimmed.split(",", -1)).map(String::strip).toArray(String[]::new);
                if (header == null) {
                    header = cells;
                    continue;
                }
                if (cells.length != header.length) {
                    throw new IllegalStateException(resource + " line " + lineNumber + ": expected "
                            + header.length + " columns, found " + cells.length);
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    values.put(header[i], cells[i]);
                }
                rows.add(new Row(resource, lineNumber, Map.copyOf(values)));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
