package id.jamsostek.snap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SnapTimestampTest {

    private static final ZoneOffset WIB = ZoneOffset.ofHours(7);

    @ParameterizedTest
    @CsvSource({
        "2024-03-01T08:27:49.024Z,         2024-03-01T08:27:49.024Z",
        "2024-03-05T10:37:16+07:00,        2024-03-05T03:37:16Z",
        "2024-03-05T10:37:16.123456+07:00, 2024-03-05T03:37:16.123456Z",
        "2024-03-05T10:37:16.1+07:00,      2024-03-05T03:37:16.100Z",
        "2024-03-05T10:37:16.123456789Z,   2024-03-05T10:37:16.123456789Z",
        "2024-03-05T10:37:16-03:30,        2024-03-05T14:07:16Z",
    })
    void parsesOffsetOrZuluWithOrWithoutFraction(String value, Instant expected) {
        assertThat(SnapTimestamp.parse(value).toInstant()).isEqualTo(expected);
    }

    @Test
    void keepsTheOffsetItWasGiven() {
        assertThat(SnapTimestamp.parse("2024-03-05T10:37:16+07:00").getOffset()).isEqualTo(WIB);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "2024-03-05T10:37:16",            // no offset
        "2024-03-05 10:37:16",            // no T, no offset
        "2024-03-05 10:37:16+07:00",      // no T
        "2024-03-05T10:37+07:00",         // no seconds
        "2024-03-05T10:37:16.+07:00",     // point without digits
        "2024-03-05T10:37:16.1234567890Z", // ten fraction digits
        "2024-03-05T10:37:16+0700",       // offset without colon
        "2024-03-05T10:37:16z",           // lower-case zulu
        "2024-02-30T10:37:16+07:00",      // no such day
        "2024-03-05T24:00:00+07:00",      // no such hour
        "1709609836",                     // epoch seconds
        "garbage",
        " 2024-03-05T10:37:16+07:00",     // leading space
    })
    void rejectsAnythingElse(String value) {
        assertThatThrownBy(() -> SnapTimestamp.parse(value)).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void formatsToTheSecondWithOffset() {
        OffsetDateTime time = OffsetDateTime.of(2020, 12, 17, 10, 55, 0, 987_654_321, WIB);

        assertThat(SnapTimestamp.format(time)).isEqualTo("2020-12-17T10:55:00+07:00");
        assertThat(SnapTimestamp.format(time.withOffsetSameInstant(ZoneOffset.UTC))).isEqualTo("2020-12-17T03:55:00+00:00");
    }

    @Test
    void formattedValueParsesBack() {
        OffsetDateTime time = OffsetDateTime.of(2024, 3, 5, 10, 37, 16, 0, WIB);

        assertThat(SnapTimestamp.parse(SnapTimestamp.format(time))).isEqualTo(time);
    }

    @Test
    void nowIsInJakartaTime() {
        Clock clock = Clock.fixed(Instant.parse("2020-12-17T03:55:00.5Z"), ZoneOffset.UTC);

        assertThat(SnapTimestamp.now(clock)).isEqualTo("2020-12-17T10:55:00+07:00");
    }

    @Test
    void withinSkewChecksBothDirectionsWithInclusiveBounds() {
        Instant now = Instant.parse("2024-03-05T03:37:16Z");
        Duration skew = Duration.ofMinutes(5);
        OffsetDateTime stamp = OffsetDateTime.ofInstant(now, WIB);

        assertThat(SnapTimestamp.withinSkew(stamp, now, skew)).isTrue();
        assertThat(SnapTimestamp.withinSkew(stamp.minus(skew), now, skew)).isTrue();
        assertThat(SnapTimestamp.withinSkew(stamp.plus(skew), now, skew)).isTrue();
        assertThat(SnapTimestamp.withinSkew(stamp.minus(skew).minusNanos(1_000_000), now, skew)).isFalse();
        assertThat(SnapTimestamp.withinSkew(stamp.plus(skew).plusNanos(1_000_000), now, skew)).isFalse();
        assertThat(SnapTimestamp.withinSkew(stamp.minusHours(7), now, skew)).isFalse();
        assertThat(SnapTimestamp.withinSkew(stamp.plusDays(1), now, skew)).isFalse();
    }

    @Test
    void withinSkewComparesInstantsNotWallClocks() {
        Instant now = Instant.parse("2024-03-05T03:37:16Z");

        // Same wall-clock digits as now in UTC, but seven hours earlier as an instant.
        assertThat(SnapTimestamp.withinSkew(SnapTimestamp.parse("2024-03-05T03:37:16+07:00"), now, Duration.ofMinutes(5)))
                .isFalse();
        assertThat(SnapTimestamp.withinSkew(SnapTimestamp.parse("2024-03-05T10:37:16+07:00"), now, Duration.ofMinutes(5)))
                .isTrue();
    }

    @Test
    void refusesNegativeSkew() {
        assertThatThrownBy(() -> SnapTimestamp.withinSkew(OffsetDateTime.now(), Instant.now(), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
