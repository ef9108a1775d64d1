package id.jamsostek.adapters.core;

import java.time.Duration;

/** The one deadline of a request; every remote call and retry spends from it. */
public record Deadline(long expiresAtNanos) {

    public static Deadline in(Duration budget) {
        return new Deadline(System.nanoTime() + budget.toNanos());
    }

    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, expiresAtNanos - System.nanoTime()));
    }

    public boolean expired() {
        return expiresAtNanos - System.nanoTime() <= 0;
    }

    /** This deadline brought forward by {@code reserve}: time kept back for what must happen after the call. */
    public Deadline keeping(Duration reserve) {
        return new Deadline(expiresAtNanos - reserve.toNanos());
    }

    /** The shorter of what is left and {@code cap}: one attempt never outlives the request. */
    public Duration remainingCappedAt(Duration cap) {
        Duration left = remaining();
        return left.compareTo(cap) < 0 ? left : cap;
    }
}
