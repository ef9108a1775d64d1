package id.jamsostek.bench;

import static io.gatling.javaapi.core.CoreDsl.ByteArrayBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import id.jamsostek.snap.PemKeys;
import id.jamsostek.snap.SnapBankRequest;
import id.jamsostek.snap.SnapTimestamp;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signed SNAP VA payments through the whole path (token, HMAC-SHA512 signature, X-EXTERNAL-ID claim, bill check at
 * the core, durable record in PostgreSQL, posting at the core), each on a distinct unpaid bench bill of the core
 * simulator (customerNo 77..., see core-simulator's BenchAccounts). Driven by bench/run.sh through system
 * properties:
 *
 * <ul>
 *   <li>{@code bench.mode=closed}: {@code bench.users} virtual users each take one access token, then pay back to
 *       back for {@code bench.duration} seconds (maximum throughput, closed loop);</li>
 *   <li>{@code bench.mode=open}: one access token, then payments arrive at {@code bench.rate} per second whatever
 *       the answers (open model, queueing shows), first {@code bench.warmup} seconds as request "pay (warm-up)",
 *       then {@code bench.duration} seconds as request "pay";</li>
 *   <li>{@code bench.firstIndex}: the first bench account this run uses (each run of bench/run.sh takes its own
 *       slice, so no bill is paid twice); {@code bench.gateway}, {@code bench.core}: base URLs.</li>
 * </ul>
 *
 * A payment counts as OK only with HTTP 200, responseCode 2002500 and paymentFlagStatus "00" (posted).
 */
public class PaymentSimulation extends Simulation {

    private static final String CLIENT_KEY = "G1234325-SNAP";
    private static final byte[] CLIENT_SECRET = "myclientsecret".getBytes(StandardCharsets.UTF_8);
    private static final String COMPANY = "   88899";
    private static final Clock CLOCK = Clock.systemUTC();

    private final String mode = System.getProperty("bench.mode", "closed");
    private final int users = Integer.getInteger("bench.users", 32);
    private final double rate = Double.parseDouble(System.getProperty("bench.rate", "1000"));
    private final int durationSeconds = Integer.getInteger("bench.duration", 60);
    private final int warmupSeconds = Integer.getInteger("bench.warmup", 0);
    private final String gateway = System.getProperty("bench.gateway", "http://127.0.0.1:8080");
    private final String core = System.getProperty("bench.core", "http://127.0.0.1:8090");
    private final Path privateKeyFile = Path.of(System.getProperty("bench.privateKey", "../demo/bank-private-key.pem"));

    private final SnapBankRequest.Bank bank;
    private final String total;
    private final long firstIndex = Long.getLong("bench.firstIndex", 0L);
    private final long available;
    /** Distinct per run: X-EXTERNAL-ID and paymentRequestId must be new for the bank on this Jakarta day. */
    private final String runId = String.valueOf(System.currentTimeMillis());
    private final AtomicLong next = new AtomicLong();
    /** The one token of the open model (a bank reuses its token for its 900 s). */
    private final AtomicReference<String> sharedToken = new AtomicReference<>();

    public PaymentSimulation() throws IOException, InterruptedException {
        String pem = Files.readString(privateKeyFile);
        PrivateKey privateKey = PemKeys.rsaPrivateKey(pem.substring(pem.indexOf("-----BEGIN"))); // after a note
        bank = new SnapBankRequest.Bank("", CLIENT_KEY, privateKey, CLIENT_SECRET, COMPANY.strip(), "95221");
        String range = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(core + "/sim/v1/bench")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        total = field(range, "totalAmount");
        available = Long.parseLong(field(range, "count")) - firstIndex;
        if (available <= 0) {
            throw new IllegalStateException("no bench accounts at index " + firstIndex + ": " + range);
        }
        System.out.printf("bench: mode=%s users=%d rate=%.0f/s warmup=%ds duration=%ds firstIndex=%d total=%s%n",
                mode, users, rate, warmupSeconds, durationSeconds, firstIndex, total);

        HttpProtocolBuilder protocol = http.baseUrl(gateway)
                .disableWarmUp() // Gatling's default warm-up request leaves the machine: loopback only
                .shareConnections() // like a bank's HTTP client: one keep-alive pool, not a connection per payment
                .contentTypeHeader("application/json")
                .acceptHeader("application/json");

        ChainBuilder token = exec(session -> session.set("request",
                        SnapBankRequest.accessToken(bank, SnapTimestamp.now(CLOCK))))
                .exec(signed(http("access token").post(SnapBankRequest.ACCESS_TOKEN), "X-CLIENT-KEY", "X-TIMESTAMP",
                        "X-SIGNATURE")
                        .check(status().is(200), jsonPath("$.accessToken").saveAs("token")))
                .exitHereIfFailed();

        if (mode.equals("closed")) {
            ScenarioBuilder closed = scenario("payments, " + users + " users back to back")
                    .exec(token)
                    .during(Duration.ofSeconds(durationSeconds)).on(payment("pay"));
            setUp(closed.injectOpen(atOnceUsers(users))).protocols(protocol);
        } else {
            ScenarioBuilder tokenOnce = scenario("access token").exec(token)
                    .exec(session -> {
                        sharedToken.set(session.getString("token"));
                        return session;
                    });
            PopulationBuilder measured = scenario("payments at " + (long) rate + "/s")
                    .exec(session -> session.set("token", sharedToken.get()))
                    .exec(payment("pay"))
                    .injectOpen(constantUsersPerSec(rate).during(Duration.ofSeconds(durationSeconds)));
            PopulationBuilder first = tokenOnce.injectOpen(atOnceUsers(1));
            if (warmupSeconds > 0) {
                PopulationBuilder warm = scenario("warm-up at " + (long) rate + "/s")
                        .exec(session -> session.set("token", sharedToken.get()))
                        .exec(payment("pay (warm-up)"))
                        .injectOpen(constantUsersPerSec(rate).during(Duration.ofSeconds(warmupSeconds)));
                setUp(first.andThen(warm.andThen(measured))).protocols(protocol);
            } else {
                setUp(first.andThen(measured)).protocols(protocol);
            }
        }
    }

    /** Signs a fresh payment of the next unused bench bill and sends it. */
    private ChainBuilder payment(String name) {
        return exec(this::signNext)
                .exec(signed(http(name).post(SnapBankRequest.VA_PAYMENT), "Authorization", "X-TIMESTAMP",
                        "X-SIGNATURE", "X-PARTNER-ID", "X-EXTERNAL-ID", "CHANNEL-ID")
                        .check(status().is(200), substring("\"responseCode\":\"2002500\""),
                                substring("\"paymentFlagStatus\":\"00\"")));
    }

    private Session signNext(Session session) {
        long n = next.getAndIncrement();
        if (n >= available) {
            throw new IllegalStateException("ran out of bench accounts; raise CORE_SIMULATOR_BENCH_ACCOUNTS");
        }
        String customerNo = "77" + String.format("%014d", firstIndex + n);
        String id = runId + String.format("%012d", n);
        String body = SnapBankRequest.paymentBody(COMPANY, customerNo, id, total, null, "N");
        return session.set("request", SnapBankRequest.transaction(bank, SnapBankRequest.VA_PAYMENT,
                session.getString("token"), body, id, SnapTimestamp.now(CLOCK)));
    }

    /** The request in the session ({@link SnapBankRequest}), sent with these of its headers and its exact bytes. */
    private static HttpRequestActionBuilder signed(HttpRequestActionBuilder request, String... headers) {
        for (String name : headers) {
            request = request.header(name, session -> session.<SnapBankRequest>get("request").headers().get(name));
        }
        return request.body(ByteArrayBody(session -> session.<SnapBankRequest>get("request").body()));
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
