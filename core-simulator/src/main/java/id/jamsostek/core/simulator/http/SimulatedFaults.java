package id.jamsostek.core.simulator.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Test hooks that make the core misbehave on its {@code /core/**} routes, the way a real backend does: slow answers,
 * refused requests, answers lost after the work was done (the caller cannot know the outcome), and outages of a
 * given length (a drill stops the core for 20 s over HTTP, {@code POST /sim/v1/faults}).
 */
public final class SimulatedFaults {

    /** How every core request fails while an outage lasts; nothing is handled. */
    public enum Outage {
        /** Answered 503 at once, as a core behind a load balancer with no healthy node. */
        DOWN,
        /** The connection is reset without an answer, as a core that crashed mid-request. */
        RESET
    }

    /** An outage and what is left of it. */
    public record OutageState(Outage outage, Duration remaining) {
    }

    private record Countdown(int remaining, int status) {
        static final Countdown NONE = new Countdown(0, 0);
    }

    private record OutageWindow(Outage outage, Instant until) {
    }

    private final Clock clock;
    private volatile OutageWindow outage;

    private volatile Duration latency = Duration.ZERO;
    private final AtomicReference<Countdown> refusals = new AtomicReference<>(Countdown.NONE);
    private final AtomicReference<Countdown> lostAnswers = new AtomicReference<>(Countdown.NONE);

    /** Outages are timed on this clock (the simulator's). */
    public SimulatedFaults(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Every request waits this long before it is handled (so a caller's timeout fires before any posting). */
    public void setLatency(Duration latency) {
        Objects.requireNonNull(latency, "latency");
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative");
        }
        this.latency = latency;
    }

    /** The next {@code n} requests are answered with {@code status} without being handled: nothing changes. */
    public void failNextRequests(int n, int status) {
        refusals.set(countdown(n, status));
    }

    /**
     * The next {@code n} requests are handled (a payment is posted) but answered with {@code status} instead of their
     * real answer, as when the answer is lost on the way back.
     */
    public void loseNextResponses(int n, int status) {
        lostAnswers.set(countdown(n, status));
    }

    /** From now on, for {@code duration}, every core request fails the outage's way; it replaces any earlier one. */
    public void outage(Outage kind, Duration duration) {
        Objects.requireNonNull(kind, "outage");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("an outage lasts a positive duration");
        }
        outage = new OutageWindow(kind, clock.instant().plus(duration));
    }

    /** The outage in force now, if any. */
    public Optional<OutageState> currentOutage() {
        OutageWindow window = outage;
        if (window == null) {
            return Optional.empty();
        }
        Duration remaining = Duration.between(clock.instant(), window.until());
        return remaining.isNegative() || remaining.isZero()
                ? Optional.empty()
                : Optional.of(new OutageState(window.outage(), remaining));
    }

    public void reset() {
        latency = Duration.ZERO;
        refusals.set(Countdown.NONE);
        lostAnswers.set(Countdown.NONE);
        outage = null;
    }

    Duration latency() {
        return latency;
    }

    OptionalInt takeRefusal() {
        return take(refusals);
    }

    OptionalInt takeLostAnswer() {
        return take(lostAnswers);
    }

    private static OptionalInt take(AtomicReference<Countdown> countdown) {
        Countdown before = countdown.getAndUpdate(
                c -> c.remaining() > 0 ? new Countdown(c.remaining() - 1, c.status()) : c);
        return before.remaining() > 0 ? OptionalInt.of(before.status()) : OptionalInt.empty();
    }

    private static Countdown countdown(int n, int status) {
        if (n < 0 || status < 100 || status > 599) {
            throw new IllegalArgumentException("n >= 0 and an HTTP status are required");
        }
        return new Countdown(n, status);
    }

    @Override
    public String toString() {
        return "SimulatedFaults[latency=" + latency + ", refusals=" + refusals.get() + ", lostAnswers="
                + lostAnswers.get() + ", outage=" + currentOutage().orElse(null) + "]";
    }
}
