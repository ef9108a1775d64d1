package id.jamsostek.gateway.database;

import java.util.List;
import java.util.function.Function;

/**
 * One column of a batch as a {@code text[]} parameter: statements over many rows take one array per column and
 * {@code unnest} them, casting each to its type in SQL (nulls stay null).
 */
public final class TextArrays {

    private TextArrays() {}

    public static <T> String[] column(List<T> rows, Function<T, String> value) {
        return rows.stream().map(value).toArray(String[]::new);
    }
}
