package id.jamsostek.core.simulator.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Dates and times as the agency counts them, in Asia/Jakarta, whatever zone the injected clock carries: a test can
 * pin the instant with {@code Clock.fixed(..., ZoneOffset.UTC)} and still get Jakarta's date.
 */
public final class BusinessClock {

    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private final Clock clock;

    public BusinessClock(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), JAKARTA);
    }

    /** Now in Jakarta, to the second. */
    public OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), JAKARTA).withNano(0);
    }
}
