package id.jamsostek.core.simulator;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How to run the core simulator.
 *
 * @param port the TCP port; 0 picks a free one
 * @param clock what "now" is; business dates are taken in Asia/Jakarta whatever the clock's zone
 * @param seedDemoData whether to load the demo accounts (see {@code GET /sim/v1/demo})
 * @param host the address to listen on: 127.0.0.1 by default, 0.0.0.0 in a container
 */
public record CoreSimulatorSettings(int port, Clock clock, boolean seedDemoData, String host) {

    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    public static final String LOOPBACK = "127.0.0.1";

    public CoreSimulatorSettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0-65535, was " + port);
        }
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(host, "host");
    }

    /** On the loopback address. */
    public CoreSimulatorSettings(int port, Clock clock, boolean seedDemoData) {
        this(port, clock, seedDemoData, LOOPBACK);
    }

    /** A free port, the Jakarta system clock, demo data seeded: what tests usually want. */
    public static CoreSimulatorSettings defaults() {
        return new CoreSimulatorSettings(0, Clock.system(JAKARTA), true);
    }

    public CoreSimulatorSettings withPort(int newPort) {
        return new CoreSimulatorSettings(newPort, clock, seedDemoData, host);
    }

    public CoreSimulatorSettings withClock(Clock newClock) {
        return new CoreSimulatorSettings(port, newClock, seedDemoData, host);
    }

    public CoreSimulatorSettings withSeedDemoData(boolean seed) {
        return new CoreSimulatorSettings(port, clock, seed, host);
    }

    public CoreSimulatorSettings withHost(String newHost) {
        return new CoreSimulatorSettings(port, clock, seedDemoData, newHost);
    }
}
