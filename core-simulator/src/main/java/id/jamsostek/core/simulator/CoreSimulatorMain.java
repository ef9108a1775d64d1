package id.jamsostek.core.simulator;

import id.jamsostek.core.simulator.identity.DemoIdentityProviderMain;
import id.jamsostek.core.simulator.tariff.PayerType;
import java.time.Clock;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code java -jar core-simulator-exec.jar [--port 8090] [--host 127.0.0.1] [--no-seed] [--bench-accounts N]
 * [--discount-excluded-payers REGENCY_BUDGET,...]}; with {@code identity-provider} first, the demo identity provider
 * instead ({@link DemoIdentityProviderMain}).
 */
public final class CoreSimulatorMain {

    private static final int DEFAULT_PORT = 8090;
    private static final String USAGE = "[--port 8090] [--host 127.0.0.1] [--no-seed] [--bench-accounts N] "
            + "[--discount-excluded-payers REGENCY_BUDGET,...]";

    private CoreSimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        // Before any logger exists: the jar ships its logback file under its own name, so that it never takes
        // over the logging of an application that has the simulator on its classpath.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "core-simulator-logback.xml");
        }
        if (args.length > 0 && args[0].equals("identity-provider")) {
            DemoIdentityProviderMain.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        CoreSimulatorSettings settings = parse(args);
        CoreSimulator simulator = CoreSimulator.start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::stop, "core-simulator-shutdown"));
        simulator.awaitStop();
    }

    static CoreSimulatorSettings parse(String[] args) {
        CoreSimulatorSettings settings = new CoreSimulatorSettings(DEFAULT_PORT,
                Clock.system(CoreSimulatorSettings.JAKARTA), true);
        Iterator<String> it = Arrays.asList(args).iterator();
        while (it.hasNext()) {
            String arg = it.next();
            switch (arg) {
                case "--port" -> settings = settings.withPort(Integer.parseInt(valueOf(arg, it)));
                case "--host" -> settings = settings.withHost(valueOf(arg, it));
                case "--no-seed" -> settings = settings.withSeedDemoData(false);
                case "--bench-accounts" -> settings = settings.withBenchAccounts(Long.parseLong(valueOf(arg, it)));
                case "--discount-excluded-payers" -> settings = settings.withDiscountExcludedPayers(
                        payerTypes(valueOf(arg, it)));
                default -> throw new IllegalArgumentException("unknown argument " + arg + "; usage: " + USAGE);
            }
        }
        return settings;
    }

    /** Comma-separated payer types; an empty value excludes none. */
    private static Set<PayerType> payerTypes(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(PayerType::valueOf).collect(Collectors.toSet());
    }

    private static String valueOf(String option, Iterator<String> it) {
        if (!it.hasNext()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return it.next();
    }
}
