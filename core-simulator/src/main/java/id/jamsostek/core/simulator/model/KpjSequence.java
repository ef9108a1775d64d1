package id.jamsostek.core.simulator.model;

import java.util.concurrent.atomic.AtomicLong;

/**
 * New participant numbers: 11 digits, "23" then a 9-digit sequence, apart from the demo's (21..., 22...) and the
 * bench template's.
 */
final class KpjSequence {

    private static final long FIRST = 23_000_000_001L;
    private static final long LAST = 23_999_999_999L;
    private final AtomicLong next = new AtomicLong(FIRST);

    String next() {
        long kpj = next.getAndIncrement();
        if (kpj > LAST) {
            throw new IllegalStateException("the simulator's KPJ range is exhausted");
        }
        return Long.toString(kpj);
    }
}
