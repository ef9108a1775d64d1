package id.jamsostek.gateway.database;

import java.util.List;
import java.util.function.Function;

/**
 * One column of a batch as the text of a {@code text[]}: statements over many rows bind one per column, cast it
 * ({@code :name::text[]}) and {@code unnest} it, casting each value to its type in SQL (nulls stay null).
 *
 * <p>The literal is written here, not by the driver's array codec: that one escaped every value a character at a
 * time into a buffer of its own, and the message log's sealed payloads are long (3 % of a payment's CPU). A value
 * without a quote or a backslash, as base64 and ids are, is copied whole.
 */
public final class TextArrays {

    private TextArrays() {}

    public static <T> String column(List<T> rows, Function<T, String> value) {
        String[] values = new String[rows.size()];
        int length = 2;
        for (int i = 0; i < values.length; i++) {
            values[i] = value.apply(rows.get(i));
            length += (values[i] == null ? "NULL".length() : values[i].length() + 2) + 1;
        }
        StringBuilder literal = new StringBuilder(length).append('{');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                literal.append(',');
            }
            element(literal, values[i]);
        }
        return literal.append('}').toString();
    }

    /** Quoted, so that spaces, commas, braces and the word NULL stay text; NULL unquoted is SQL's null. */
    private static void element(StringBuilder literal, String value) {
        if (value == null) {
            literal.append("NULL");
            return;
        }
        literal.append('"');
        if (value.indexOf('"') < 0 && value.indexOf('\\') < 0) {
            literal.append(value);
        } else {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"' || c == '\\') {
                    literal.append('\\');
                }
                literal.append(c);
            }
        }
        literal.append('"');
    }
}
