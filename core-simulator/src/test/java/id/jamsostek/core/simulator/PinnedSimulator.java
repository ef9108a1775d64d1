package id.jamsostek.core.simulator;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A simulator of its own for each test, with demo data and "today" pinned to a Jakarta date and time the test may
 * move; stopped after the test. Register it on an instance field ({@code @RegisterExtension}).
 */
final class PinnedSimulator implements AfterEachCallback {

    private final MutableClock clock;
    private final CoreSimulator sim;
    private final CoreClient core;

    private PinnedSimulator(String jakartaDateTime) {
        this.clock = MutableClock.atJakarta(jakartaDateTime);
        this.sim = CoreSimulator.start(CoreSimulatorSettings.defaults().withClock(clock));
        this.core = new CoreClient(sim.baseUrl());
    }

    static PinnedSimulator at(String jakartaDateTime) {
        return new PinnedSimulator(jakartaDateTime);
    }

    MutableClock clock() {
        return clock;
    }

    CoreSimulator sim() {
        return sim;
    }

    CoreClient core() {
        return core;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        sim.stop();
    }
}
