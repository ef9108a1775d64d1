package id.jamsostek.gateway.support;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits for a condition by asking it again and again until a deadline: never a fixed sleep. */
public final class Poll {

    private static final long PAUSE_NANOS = Duration.ofMillis(20).toNanos();

    private Poll() {}

    /** True as soon as the condition holds; false if it still does not at the deadline. */
    public static boolean until(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            LockSupport.parkNanos(PAUSE_NANOS);
        }
        return true;
    }
}
