package id.jamsostek.core.simulator;

import id.jamsostek.core.simulator.tariff.NonWageEarnerContributions;
import id.jamsostek.core.simulator.tariff.PayerType;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * How to run the core simulator.
 *
 * @param port the TCP port; 0 picks a free one
 * @param clock what "now" is; business dates are taken in Asia/Jakarta whatever the clock's zone
 * @param seedDemoData whether to load the demo accounts (see {@code GET /sim/v1/demo})
 * @param host the address to listen on: 127.0.0.1 by default, 0.0.0.0 in a container
 * @param benchAccounts how many benchmark accounts to serve (0: none), see {@link BenchAccounts}: customer numbers
 *     {@value BenchAccounts#FIRST} onwards, each a non-wage earner on the lowest band owing the current month,
 *     made on first look-up so that millions cost nothing until used
 * @param discountExcludedPayers payer types whose contributions never get a discount (PP 50/2025 excludes those paid
 *     from the state or a regional budget; whether a village budget counts is a ruling, so configuration): by
 *     default {@link NonWageEarnerContributions#DEFAULT_EXCLUDED_FROM_DISCOUNTS}
 */
public record CoreSimulatorSettings(int port, Clock clock, boolean seedDemoData, String host, long benchAccounts,
        Set<PayerType> discountExcludedPayers) {

    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    public static final String LOOPBACK = "127.0.0.1";

    public CoreSimulatorSettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0-65535, was " + port);
        }
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(host, "host");
        if (benchAccounts < 0 || benchAccounts > BenchAccounts.MAX_COUNT) {
            throw new IllegalArgumentException("benchAccounts must be 0-" + BenchAccounts.MAX_COUNT + ", was "
                    + benchAccounts);
        }
        discountExcludedPayers = Set.copyOf(discountExcludedPayers);
    }

    /** With the default payers excluded from discounts. */
    public CoreSimulatorSettings(int port, Clock clock, boolean seedDemoData, String host, long benchAccounts) {
        this(port, clock, seedDemoData, host, benchAccounts,
                NonWageEarnerContributions.DEFAULT_EXCLUDED_FROM_DISCOUNTS);
    }

    /** Without benchmark accounts. */
    public CoreSimulatorSettings(int port, Clock clock, boolean seedDemoData, String host) {
        this(port, clock, seedDemoData, host, 0);
    }

    /** On the loopback address, without benchmark accounts. */
    public CoreSimulatorSettings(int port, Clock clock, boolean seedDemoData) {
        this(port, clock, seedDemoData, LOOPBACK);
    }

    /** A free port, the Jakarta system clock, demo data seeded: what tests usually want. */
    public static CoreSimulatorSettings defaults() {
        return new CoreSimulatorSettings(0, Clock.system(JAKARTA), true);
    }

    public CoreSimulatorSettings withPort(int newPort) {
        return new CoreSimulatorSettings(newPort, clock, seedDemoData, host, benchAccounts, discountExcludedPayers);
    }

    public CoreSimulatorSettings withClock(Clock newClock) {
        return new CoreSimulatorSettings(port, newClock, seedDemoData, host, benchAccounts, discountExcludedPayers);
    }

    public CoreSimulatorSettings withSeedDemoData(boolean seed) {
        return new CoreSimulatorSettings(port, clock, seed, host, benchAccounts, discountExcludedPayers);
    }

    public CoreSimulatorSettings withHost(String newHost) {
        return new CoreSimulatorSettings(port, clock, seedDemoData, newHost, benchAccounts, discountExcludedPayers);
    }

    public CoreSimulatorSettings withDiscountExcludedPayers(Set<PayerType> payers) {
        return new CoreSimulatorSettings(port, clock, seedDemoData, host, benchAccounts, payers);
    }

    public CoreSimulatorSettings withBenchAccounts(long count) {
        return new CoreSimulatorSettings(port, clock, seedDemoData, host, count, discountExcludedPayers);
    }
}
