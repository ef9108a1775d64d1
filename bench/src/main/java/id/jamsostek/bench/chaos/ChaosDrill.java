package id.jamsostek.bench.chaos;

import id.jamsostek.bench.drill.CorePosting;
import id.jamsostek.bench.drill.DrillPlan;
import id.jamsostek.bench.drill.DrillTraffic;
import id.jamsostek.bench.drill.ExactlyOnceAudit;
import id.jamsostek.bench.drill.SnapBankLine;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The banks of bench/chaos.sh: pays {@code chaos.payments} bench bills through the gateway instances over
 * {@code chaos.loadSeconds} with duplicate storms and advices ({@link DrillPlan}), then settles (advices for every
 * payment without a verdict, waits for the relay to post the accepted ones, at most {@code chaos.settleSeconds}),
 * then prints the checks of {@link ExactlyOnceAudit} against the simulator's ledger. Exit 0 only if every check
 * passed. It starts, stops and faults nothing itself: chaos.sh does, on its own timeline, once this prints
 * {@value #LOAD_STARTED}.
 *
 * <p>System properties: chaos.gateways (comma-separated base URLs), chaos.core, chaos.payments (3000),
 * chaos.concurrency (64), chaos.loadSeconds (90), chaos.settleSeconds (180), chaos.seed (1), chaos.privateKey
 * (demo/bank-private-key.pem), chaos.report (a file to write the table to, optional).
 */
public final class ChaosDrill {

    static final String LOAD_STARTED = "chaos drill: load started";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ChaosDrill() {
    }

    public static void main(String[] args) throws Exception {
        List<String> gateways = Arrays.asList(System.getProperty("chaos.gateways",
                "http://127.0.0.1:8180,http://127.0.0.1:8182").split(","));
        String core = System.getProperty("chaos.core", "http://127.0.0.1:8190");
        int payments = Integer.getInteger("chaos.payments", 3000);
        int concurrency = Integer.getInteger("chaos.concurrency", 64);
        Duration load = Duration.ofSeconds(Integer.getInteger("chaos.loadSeconds", 90));
        Duration settleBound = Duration.ofSeconds(Integer.getInteger("chaos.settleSeconds", 180));
        long seed = Long.getLong("chaos.seed", 1L);
        Path privateKey = Path.of(System.getProperty("chaos.privateKey", "demo/bank-private-key.pem"));

        JsonNode bench = get(core + "/sim/v1/bench");
        if (bench.get("count").asLong() < payments) {
            throw new IllegalStateException("the simulator has " + bench.get("count").asLong()
                    + " bench accounts, the drill needs " + payments);
        }
        String runId = Long.toString(System.currentTimeMillis() / 1000);
        DrillPlan plan = DrillPlan.draw(seed, payments, runId, 0, 2);
        SnapBankLine line = new SnapBankLine(gateways, DemoBank.both(privateKey));
        DrillTraffic traffic = new DrillTraffic(line, bench.get("totalAmount").asString(), concurrency,
                System.currentTimeMillis() * 1000);

        System.out.printf("%s: %d payments of %s over %d s to %s (seed %d)%n", LOAD_STARTED, payments,
                bench.get("totalAmount").asString(), load.toSeconds(), gateways, seed);
        traffic.load(plan, load);
        System.out.printf("chaos drill: load done; settling (at most %d s)%n", settleBound.toSeconds());
        long settling = System.nanoTime();
        boolean settled = traffic.settle(() -> postings(core), settleBound, Duration.ofSeconds(3));
        System.out.printf("chaos drill: %s after %.1f s%n", settled ? "settled" : "NOT settled within the bound",
                (System.nanoTime() - settling) / 1e9);

        ExactlyOnceAudit audit = ExactlyOnceAudit.of(traffic.answers(), postings(core));
        String report = traffic.summary() + audit.table();
        System.out.print(report);
        String reportFile = System.getProperty("chaos.report");
        if (reportFile != null) {
            Files.writeString(Path.of(reportFile), report);
        }
        System.exit(audit.passed() ? 0 : 1);
    }

    /** The simulator's ledger ({@code GET /sim/v1/postings}). */
    private static List<CorePosting> postings(String core) {
        try {
            List<CorePosting> postings = new ArrayList<>();
            for (JsonNode posting : get(core + "/sim/v1/postings").get("postings")) {
                postings.add(new CorePosting(posting.get("reference").asString(),
                        posting.get("customerNo").asString(), posting.get("billId").asString(),
                        OffsetDateTime.parse(posting.get("postedAt").asString()).toInstant()));
            }
            return postings;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the simulator's ledger", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode get(String url) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IOException(url + " answered " + answer.statusCode());
        }
        return JSON.readTree(answer.body());
    }
}
