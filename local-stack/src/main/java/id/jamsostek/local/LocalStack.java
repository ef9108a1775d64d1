package id.jamsostek.local;

import id.jamsostek.core.simulator.CoreSimulator;
import id.jamsostek.core.simulator.CoreSimulatorSettings;
import id.jamsostek.core.simulator.identity.DemoIdentityProvider;
import id.jamsostek.core.simulator.identity.DemoOperator;
import id.jamsostek.gateway.GatewayApplication;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The one-command local run: the core simulator (demo accounts seeded), a demo identity provider for the operators
 * (DEMO_IDP_PORT, 8083; its users are in the README) and the gateway under the demo profile (demo partners
 * registered), on the local PostgreSQL or an embedded one. Port 8080 unless GATEWAY_PORT says
 * otherwise, over TLS unless GATEWAY_TLS_ENABLED=false (bin/run makes the certificate); the simulator listens on CORE_SIMULATOR_PORT (8090), unless CORE_URL names a core already running.
 */
public final class LocalStack {

    /** The console's client at the demo identity provider: demo only. */
    static final String DEMO_CLIENT_ID = "jamsostek-console";
    static final String DEMO_CLIENT_SECRET = "demo-console-secret";

    private LocalStack() {}

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        int simulatorPort = Integer.parseInt(env.getOrDefault("CORE_SIMULATOR_PORT", "8090"));
        // CORE_SIMULATOR_BENCH_ACCOUNTS: the benchmark's range of unpaid bills (bench/run.sh), none by default
        long benchAccounts = Long.parseLong(env.getOrDefault("CORE_SIMULATOR_BENCH_ACCOUNTS", "0"));
        // CORE_URL: a core (or a simulator) already running elsewhere, e.g. in its own process for bench/run.sh
        String externalCore = env.get("CORE_URL");
        CoreSimulator simulator = externalCore != null ? null : CoreSimulator.start(
                CoreSimulatorSettings.defaults().withPort(simulatorPort).withBenchAccounts(benchAccounts));
        String coreUrl = externalCore != null ? externalCore : simulator.baseUrl();
        LocalDatabase database = LocalDatabase.choose(env);
        // the operators' sign-in: a demo provider unless GATEWAY_OPERATORS_ISSUER_URI names a real one
        String externalIssuer = env.get("GATEWAY_OPERATORS_ISSUER_URI");
        DemoIdentityProvider identity = externalIssuer != null && !externalIssuer.isBlank() ? null
                : DemoIdentityProvider.start("127.0.0.1", Integer.parseInt(env.getOrDefault("DEMO_IDP_PORT", "8083")),
                        new DemoIdentityProvider.Client(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, "jamsostek-gateway"),
                        DemoOperator.DEMO);

        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.r2dbc.url", database.r2dbcUrl());
        properties.put("spring.r2dbc.username", database.user());
        properties.put("spring.r2dbc.password", database.password());
        properties.put("spring.flyway.url", database.jdbcUrl());
        properties.put("spring.flyway.user", database.user());
        properties.put("spring.flyway.password", database.password());
        properties.put("gateway.core.billing.base-url", coreUrl);
        properties.put("gateway.core.enrollment.base-url", coreUrl);
        properties.put("gateway.core.employer.base-url", coreUrl);
        // the anchors' record outside the database: a file under .local unless one is named
        properties.put("gateway.message-log.anchor-file", env.getOrDefault("GATEWAY_MESSAGE_LOG_ANCHOR_FILE",
                ".local/message-log/anchors.jsonl"));
        if (identity != null) {
            properties.put("gateway.operators.issuer-uri", identity.issuer());
            properties.put("gateway.operators.client-id", DEMO_CLIENT_ID);
            properties.put("gateway.operators.client-secret", DEMO_CLIENT_SECRET);
        }
        // a person reads this console: plain text unless GATEWAY_LOG_FORMAT asks for JSON (ecs, logstash, gelf)
        properties.put("logging.structured.format.console", env.getOrDefault("GATEWAY_LOG_FORMAT", ""));

        SpringApplication gateway = new SpringApplication(GatewayApplication.class);
        gateway.setAdditionalProfiles("demo");
        gateway.addListeners(new UpAnnouncement(coreUrl, identity == null ? "" : "\ndemo identity provider "
                + identity.issuer() + ", demo only: demo-viewer / viewer-demo, demo-operator / operator-demo, "
                + "demo-security / security-demo"));
        // as command-line arguments, so they win over application.yml; the user's own arguments come last and win
        List<String> arguments = new ArrayList<>();
        properties.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        arguments.addAll(List.of(args));
        ConfigurableApplicationContext context = gateway.run(arguments.toArray(String[]::new));
        context.addApplicationListener(event -> {
            if (event instanceof org.springframework.context.event.ContextClosedEvent) {
                if (simulator != null) {
                    simulator.stop();
                }
                if (identity != null) {
                    identity.close();
                }
                closeQuietly(database.server());
            }
        });
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // shutting down anyway
        }
    }
}
