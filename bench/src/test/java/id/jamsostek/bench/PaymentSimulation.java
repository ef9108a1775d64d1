package id.jamsostek.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
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
import id.jamsostek.snap.SnapSignatures;
import id.jamsostek.snap.SnapTimestamp;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
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

    private static final String PAYMENT_PATH = "/v1.0/transfer-va/payment";
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

    private final PrivateKey privateKey;
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
        privateKey = PemKeys.rsaPrivateKey(pem.substring(pem.indexOf("-----BEGIN"))); // the file starts with a note
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

        ChainBuilder token = exec(session -> session.set("ts", SnapTimestamp.now(CLOCK)))
                .exec(session -> session.set("tokenSignature",
                        SnapSignatures.signAccessToken(privateKey, CLIENT_KEY, session.getString("ts"))))
                .exec(http("access token").post("/v1.0/access-token/b2b")
                        .header("X-CLIENT-KEY", CLIENT_KEY)
                        .header("X-TIMESTAMP", "#{ts}")
                        .header("X-SIGNATURE", "#{tokenSignature}")
                        .body(StringBody("{\"grantType\":\"client_credentials\"}"))
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
                .exec(http(name).post(PAYMENT_PATH)
                        .header("Authorization", "Bearer #{token}")
                        .header("X-TIMESTAMP", "#{ts}")
                        .header("X-SIGNATURE", "#{signature}")
                        .header("X-PARTNER-ID", "88899")
                        .header("X-EXTERNAL-ID", "#{externalId}")
                        .header("CHANNEL-ID", "95221")
                        .body(StringBody("#{body}"))
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
        String body = "{\"partnerServiceId\":\"" + COMPANY + "\",\"customerNo\":\"" + customerNo
                + "\",\"virtualAccountNo\":\"" + COMPANY + customerNo + "\",\"paymentRequestId\":\"" + id
                + "\",\"paidAmount\":{\"value\":\"" + total + "\",\"currency\":\"IDR\"},\"flagAdvise\":\"N\"}";
        String ts = SnapTimestamp.now(CLOCK);
        String signature = SnapSignatures.signTransaction(CLIENT_SECRET, "POST", PAYMENT_PATH,
                session.getString("token"), body.getBytes(StandardCharsets.UTF_8), ts);
        return session.set("body", body).set("ts", ts).set("signature", signature).set("externalId", id);
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
