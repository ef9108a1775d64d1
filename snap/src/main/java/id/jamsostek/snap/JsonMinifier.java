package id.jamsostek.snap;

import java.util.Arrays;
import java.util.Objects;

/**
 * Removes JSON whitespace (space, tab, CR, LF) outside string literals, the way SNAP clients minify a
 * body before hashing it.
 *
 * <p>Works on the raw UTF-8 bytes: every byte inside a string literal, escapes included, is kept exactly
 * as received, because the signature covers what the client sent, not a re-serialisation. It does not
 * validate: malformed input is minified best-effort and rejected later by body validation.
 */
public final class JsonMinifier {

    private JsonMinifier() {
    }

    /**
     * Returns {@code json} without whitespace outside strings; the same array when there is none to
     * remove, so callers must not modify the result.
     */
    public static byte[] minify(byte[] json) {
        Objects.requireNonNull(json, "json");
        int firstWhitespace = firstWhitespaceOutsideStrings(json);
        if (firstWhitespace < 0) {
            return json;
        }
        byte[] out = new byte[json.length - 1];
        System.arraycopy(json, 0, out, 0, firstWhitespace);
        int written = firstWhitespace;
        boolean inString = false;
        for (int i = firstWhitespace + 1; i < json.length; i++) {
            byte b = json[i];
            if (inString) {
                out[written++] = b;
                if (b == '\\' && i + 1 < json.length) {
                    out[written++] = json[++i];
                } else if (b == '"') {
                    inString = false;
                }
            } else if (!isWhitespace(b)) {
                out[written++] = b;
                inString = b == '"';
            }
        }
        return Arrays.copyOf(out, written);
    }

    /** Index of the first whitespace byte outside a string, or -1; the scan ends outside a string. */
    private static int firstWhitespaceOutsideStrings(byte[] json) {
        boolean inString = false;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (isWhitespace(b)) {
                return i;
            } else {
                inString = b == '"';
            }
        }
        return -1;
    }

    // Bytes of multi-byte UTF-8 sequences are all >= 0x80, so comparing single bytes is safe.
    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }
}
