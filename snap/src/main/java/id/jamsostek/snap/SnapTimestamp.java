package id.jamsostek.snap;

import static java.time.temporal.ChronoField.DAY_OF_MONTH;
import static java.time.temporal.ChronoField.HOUR_OF_DAY;
import static java.time.temporal.ChronoField.MINUTE_OF_HOUR;
import static java.time.temporal.ChronoField.MONTH_OF_YEAR;
import static java.time.temporal.ChronoField.NANO_OF_SECOND;
import static java.time.temporal.ChronoField.SECOND_OF_MINUTE;
import static java.time.temporal.ChronoField.YEAR;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * The SNAP X-TIMESTAMP: ISO-8601 date and time to the second, optionally with a fraction, and always with
 * an offset ({@code +07:00}) or {@code Z}.
 */
public final class SnapTimestamp {

    /** Indonesia's western time (WIB), where the banks and the agency keep their books. */
    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    // Stricter than ISO_OFFSET_DATE_TIME, which also takes a time without seconds: a signed header has to
    // be the exact form the standard names, and STRICT rejects impossible dates such as 02-30.
    static final DateTimeFormatter PARSER = dateTimeToSeconds()
            .optionalStart().appendFraction(NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .appendOffset("+HH:MM", "Z")
            .toFormatter(Locale.ROOT)
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);

    // UTC is written +00:00 rather than Z: the standard's examples all carry a numeric offset.
    private static final DateTimeFormatter FORMATTER = dateTimeToSeconds()
            .appendOffset("+HH:MM", "+00:00")
            .toFormatter(Locale.ROOT)
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);

    private SnapTimestamp() {
    }

    /**
     * Parses {@code 2024-03-05T10:37:16+07:00}, {@code 2024-03-01T08:27:49.024Z} and the like (1 to 9
     * fraction digits); throws {@link DateTimeParseException} for anything else, a missing value included.
     */
    public static OffsetDateTime parse(String value) {
        if (value == null) {
            throw new DateTimeParseException("Timestamp is missing", "", 0);
        }
        return OffsetTimes.parse(value, PARSER);
    }

    /** Formats as {@code 2020-12-17T10:55:00+07:00}: seconds, no fraction, the time's own offset. */
    public static String format(OffsetDateTime time) {
        return FORMATTER.format(Objects.requireNonNull(time, "time"));
    }

    /** The clock's current instant formatted in Asia/Jakarta. */
    public static String now(Clock clock) {
        return format(OffsetDateTime.ofInstant(clock.instant(), JAKARTA));
    }

    /** Whether {@code stamp} lies within {@code skew} of {@code now}, before or after, bounds included. */
    public static boolean withinSkew(OffsetDateTime stamp, Instant now, Duration skew) {
        Objects.requireNonNull(stamp, "stamp");
        Objects.requireNonNull(now, "now");
        if (skew.isNegative()) {
            throw new IllegalArgumentException("Skew must not be negative: " + skew);
        }
        return Duration.between(stamp.toInstant(), now).abs().compareTo(skew) <= 0;
    }

    private static DateTimeFormatterBuilder dateTimeToSeconds() {
        return new DateTimeFormatterBuilder()
                .appendValue(YEAR, 4).appendLiteral('-')
                .appendValue(MONTH_OF_YEAR, 2).appendLiteral('-')
                .appendValue(DAY_OF_MONTH, 2).appendLiteral('T')
                .appendValue(HOUR_OF_DAY, 2).appendLiteral(':')
                .appendValue(MINUTE_OF_HOUR, 2).appendLiteral(':')
                .appendValue(SECOND_OF_MINUTE, 2);
    }
}
