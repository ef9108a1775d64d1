package id.jamsostek.snap;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Reads the one shape every timestamp on the payment path has, {@code yyyy-MM-ddTHH:mm:ss[.f]} with 1 to 9 fraction
 * digits and {@code Z} or {@code ±HH:MM}, without a {@code DateTimeFormatter}: its general parse (a field map, a
 * resolver) of the X-TIMESTAMP and the core's receipt was 1.5 % of the gateway's samples per payment. Anything else,
 * an impossible date included, is not read here: the caller's formatter decides it, with its own rules and errors,
 * so a value read here is the one that formatter would have read.
 */
public final class OffsetTimes {

    private static final int SHORTEST = "2024-03-05T10:37:16Z".length();

    private OffsetTimes() {
    }

    /** The value read here when it has the shape, else as {@code formatter} reads it (or refuses to). */
    public static OffsetDateTime parse(CharSequence text, DateTimeFormatter formatter) {
        OffsetDateTime read = parseOrNull(text);
        return read != null ? read : OffsetDateTime.parse(text, formatter);
    }

    /** The value when the text has the shape, else null. */
    static OffsetDateTime parseOrNull(CharSequence text) {
        if (text == null || text.length() < SHORTEST || !separatorsAt(text)) {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int at = 19;
        int nanos = 0;
        if (text.charAt(at) == '.') {
            int start = ++at;
            while (at < text.length() && at - start < 9 && isDigit(text.charAt(at))) {
                nanos = nanos * 10 + text.charAt(at++) - '0';
            }
            int read = at - start;
            if (read == 0) {
                return null;
            }
            for (int i = read; i < 9; i++) {
                nanos *= 10;
            }
        }
        ZoneOffset offset = offset(text, at);
        if (offset == null) {
            return null;
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    private static boolean separatorsAt(CharSequence text) {
        return text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T' && text.charAt(13) == ':'
                && text.charAt(16) == ':';
    }

    /** Z, or ±HH:MM to the end; null for anything else. */
    private static ZoneOffset offset(CharSequence text, int at) {
        int left = text.length() - at;
        if (left == 1 && text.charAt(at) == 'Z') {
            return ZoneOffset.UTC;
        }
        if (left != 6 || text.charAt(at + 3) != ':') {
            return null;
        }
        char sign = text.charAt(at);
        int hours = digits(text, at + 1, 2);
        int minutes = digits(text, at + 4, 2);
        if ((sign != '+' && sign != '-') || (hours | minutes) < 0 || minutes > 59) {
            return null;
        }
        try {
            int direction = sign == '+' ? 1 : -1;
            return ZoneOffset.ofHoursMinutes(direction * hours, direction * minutes);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** The decimal value of {@code count} ASCII digits from {@code at}, or -1 when one is not a digit. */
    private static int digits(CharSequence text, int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + c - '0';
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
