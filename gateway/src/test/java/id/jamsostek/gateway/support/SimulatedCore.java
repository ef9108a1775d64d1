package id.jamsostek.gateway.support;

import id.jamsostek.core.simulator.CoreSimulator;
import id.jamsostek.core.simulator.CoreSimulatorSettings;

/** The stateful core simulator that end-to-end tests share, started once per JVM (the Spring context is cached). */
public final class SimulatedCore {

    private static CoreSimulator simulator;

    private SimulatedCore() {}

    public static synchronized CoreSimulator instance() {
        if (simulator == null) {
            simulator = CoreSimulator.start(CoreSimulatorSettings.defaults());
            Runtime.getRuntime().addShutdownHook(new Thread(simulator::stop, "simulated-core-stop"));
        }
        return simulator;
    }
}
