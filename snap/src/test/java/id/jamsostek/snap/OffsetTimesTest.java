package id.jamsostek.snap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OffsetTimesTest {

    private static final String MUTATIONS = "0123456789TZtz+-:. x";

    @ParameterizedTest
    @ValueSource(strings = {"2024-03-05T10:37:16+07:00", "2024-03-01T08:27:49.024Z", "2024-03-05T10:37:16.1-03:30",
        "2024-03-05T10:37:16.123456789+00:00", "2024-02-29T23:59:59-00:00", "0001-01-01T00:00:00+18:00"})
    void readsThePaymentPathsShapeAsTheFormattersDo(String stamp) {
        OffsetDateTime read = OffsetTimes.parseOrNull(stamp);
        assertThat(read).isEqualTo(OffsetDateTime.parse(stamp, SnapTimestamp.PARSER))
                .isEqualTo(OffsetDateTime.parse(stamp, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"2023-02-29T10:00:00Z", "2024-04-31T10:00:00Z", "2024-03-05T24:00:00Z",
        "2024-03-05T10:60:00Z", "2024-03-05T10:37:60Z", "2024-13-05T10:37:16Z", "2024-03-05T10:37Z",
        "2024-03-05t10:37:16Z", "2024-03-05T10:37:16z", "2024-03-05T10:37:16.Z", "2024-03-05T10:37:16.1234567890Z",
        "2024-03-05T10:37:16+19:00", "2024-03-05T10:37:16+07:60", "2024-03-05T10:37:16+0700",
        "2024-03-05T10:37:16+07:00:00", "2024-03-05T10:37:16+07:00 ", "2024-03-05T10:37:16", "24-03-05T10:37:16Z",
        "+2024-03-05T10:37:16Z", "2024-3-05T10:37:16Z", "2024-03-05 10:37:16Z", "2024-03-05T10:37:16\u0667Z"})
    void leavesEverythingElseToTheFormatter(String stamp) {
        assertThat(OffsetTimes.parseOrNull(stamp)).isNull();
    }

    /**
     * Stamps of the shape with one to three characters changed, inserted or removed: whatever is read here is what
     * both formatters read, and every well-formed stamp is read here.
     */
    @Test
    void neverReadsAValueTheFormattersWouldReadOtherwiseOrRefuse() {
        Random random = new Random(20261207);
        int read = 0;
        for (int i = 0; i < 50_000; i++) {
            String stamp = mutate(wellFormed(random), random);
            OffsetDateTime fast = OffsetTimes.parseOrNull(stamp);
            if (fast != null) {
                read++;
                assertThat(fast).as(stamp).isEqualTo(OffsetDateTime.parse(stamp, SnapTimestamp.PARSER))
                        .isEqualTo(OffsetDateTime.parse(stamp, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            } else {
                assertThat(strictReads(stamp)).as("the SNAP parser reads %s, so should this", stamp).isFalse();
            }
        }
        assertThat(read).as("mutations that stay well formed (a digit for a digit) are read").isGreaterThan(1_000);
    }

    private static boolean strictReads(String stamp) {
        try {
            OffsetDateTime.parse(stamp, SnapTimestamp.PARSER);
            return true;
        } catch (DateTimeParseException refused) {
            return false;
        }
    }

    private static String wellFormed(Random random) {
        int fraction = random.nextInt(10);
        int offsetHours = random.nextInt(19);
        return "%04d-%02d-%02dT%02d:%02d:%02d%s%s".formatted(random.nextInt(10_000), 1 + random.nextInt(12),
                1 + random.nextInt(31), random.nextInt(24), random.nextInt(60), random.nextInt(60),
                fraction == 0 ? "" : "." + Long.toString(1_000_000_000L + random.nextInt(1_000_000_000)).substring(1,
                        1 + fraction),
                random.nextInt(4) == 0 ? "Z" : "%s%02d:%02d".formatted(random.nextBoolean() ? "+" : "-", offsetHours,
                        offsetHours == 18 ? 0 : random.nextInt(60)));
    }

    private static String mutate(String stamp, Random random) {
        StringBuilder text = new StringBuilder(stamp);
        int changes = random.nextInt(4);
        for (int i = 0; i < changes && !text.isEmpty(); i++) {
            int at = random.nextInt(text.length());
            char c = MUTATIONS.charAt(random.nextInt(MUTATIONS.length()));
            switch (random.nextInt(3)) {
                case 0 -> text.setCharAt(at, c);
                case 1 -> text.insert(at, c);
                default -> text.deleteCharAt(at);
            }
        }
        return text.toString();
    }
}
