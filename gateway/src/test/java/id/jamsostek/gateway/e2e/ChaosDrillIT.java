package id.jamsostek.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.core.simulator.CoreSimulator;
import id.jamsostek.core.simulator.CoreSimulatorSettings;
import id.jamsostek.bench.drill.AnswerKind;
import id.jamsostek.bench.drill.CorePosting;
import id.jamsostek.bench.drill.DrillPlan;
import id.jamsostek.bench.drill.DrillTraffic;
import id.jamsostek.bench.drill.ExactlyOnceAudit;
import id.jamsostek.bench.drill.SnapBankLine;
import id.jamsostek.core.simulator.http.SimulatedFaults;
import id.jamsostek.gateway.GatewayApplication;
import id.jamsostek.gateway.support.GatewayTestProperties;
import id.jamsostek.gateway.support.Poll;
import id.jamsostek.gateway.support.TestBank;
import id.jamsostek.gateway.support.TestDatabase;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chaos drill, short (the full one is bench/chaos.sh, see bench/CHAOS.md): two gateway instances on a database of
 * their own in front of the in-process core simulator; {@value #PAYMENTS} payments of bench bills by the two test
 * banks, with the drill's duplicate storms, advices and second payments; the core DOWN for 2 s once a quarter of the
 * payments are out; instance B closed abruptly at a third and a new one started on its port; then settling, and the
 * drill's checks: every payment answered as accepted is posted exactly once, none answered as rejected is posted.
 */
class ChaosDrillIT {

    private static final int PAYMENTS = 300;
    private static final Duration LOAD = Duration.ofSeconds(15);
    /** A database of its own, named after this checkout's (two checkouts may run it at once). */
    private static final String DATABASE = TestDatabase.NAME + "_drill";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyPaymentAnsweredAcceptedIsPostedOnceAndNoneAnsweredRejectedIs() throws Exception {
        TestDatabase.fresh(DATABASE);
        try (CoreSimulator core = CoreSimulator.start(CoreSimulatorSettings.defaults().withSeedDemoData(false)
                .withBenchAccounts(PAYMENTS))) {
            int portOfB = freePort();
            ConfigurableApplicationContext a = instance(core, 0);
            AtomicReference<ConfigurableApplicationContext> b = new AtomicReference<>(instance(core, portOfB));
            try {
                SnapBankLine line = new SnapBankLine(
                        List.of("http://127.0.0.1:" + a.getEnvironment().getProperty("local.server.port"),
                                "http://127.0.0.1:" + portOfB),
                        List.of(TestBank.ALPHA.credentials(), TestBank.BETA.credentials()));
                DrillTraffic traffic = new DrillTraffic(line, benchTotal(core), 16, System.currentTimeMillis() * 1000);
                Thread chaos = Thread.ofPlatform().name("chaos").start(() -> {
                    Poll.until(LOAD, () -> traffic.paymentsSent() >= PAYMENTS / 4);
                    core.faults().outage(SimulatedFaults.Outage.DOWN, Duration.ofSeconds(2));
                    Poll.until(LOAD, () -> traffic.paymentsSent() >= PAYMENTS / 3);
                    b.get().close();
                    b.set(instance(core, portOfB));
                });

                traffic.load(DrillPlan.draw(42, PAYMENTS, "1", 0, 2), LOAD);
                chaos.join();
                boolean settled = traffic.settle(() -> postings(core), Duration.ofSeconds(40), Duration.ofMillis(500));

                ExactlyOnceAudit audit = ExactlyOnceAudit.of(traffic.answers(), postings(core));
                System.out.print(traffic.summary() + audit.table());
                assertThat(audit.failures()).isEmpty();
                assertThat(settled).isTrue();
                assertThat(audit.acceptedPostedOnce()).isGreaterThanOrEqualTo(PAYMENTS * 9L / 10);
                assertThat(audit.rejected()).as("second payments of paid bills").isPositive();
                assertThat(audit.answersByKind()).as("the chaos happened").containsKeys(AnswerKind.PENDING,
                        AnswerKind.EXTERNAL_ID_IN_USE, AnswerKind.ACCEPTED_REPEAT, AnswerKind.REFUSED);
            } finally {
                a.close();
                b.get().close();
            }
        }
    }

    /**
     * An instance on the drill's database with its outbox relay on, quick to take over a closed instance's rows
     * (lease 2 s), retrying through an outage without ever giving up, and closing at once, mid-request.
     */
    private static ConfigurableApplicationContext instance(CoreSimulator core, int port) {
        return new SpringApplicationBuilder(GatewayApplication.class)
                .run(GatewayTestProperties.asArguments(core.baseUrl(), Map.ofEntries(
                        Map.entry("spring.r2dbc.url", TestDatabase.r2dbcUrl(DATABASE)),
                        Map.entry("spring.flyway.url", TestDatabase.jdbcUrl(DATABASE)),
                        Map.entry("server.port", port),
                        Map.entry("server.shutdown", "immediate"),
                        Map.entry("gateway.outbox.relay-enabled", "true"),
                        Map.entry("gateway.outbox.poll-interval", "100ms"),
                        Map.entry("gateway.outbox.lease", "2s"),
                        Map.entry("gateway.outbox.backoff-base", "100ms"),
                        Map.entry("gateway.outbox.backoff-max", "1s"),
                        Map.entry("gateway.outbox.max-attempts", "1000"),
                        Map.entry("gateway.payments.fast-path-grace", "1s"))));
    }

    private static String benchTotal(CoreSimulator core) throws IOException, InterruptedException {
        HttpResponse<String> bench = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(core.baseUrl() + "/sim/v1/bench")).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(bench.body()).get("totalAmount").asString();
    }

    private static List<CorePosting> postings(CoreSimulator core) {
        return core.ledger().postings().stream().map(p -> new CorePosting(p.reference(), p.customerNo(), p.billId(),
                p.postedAt().toInstant())).toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
