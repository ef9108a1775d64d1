import id.jamsostek.snap.PemKeys;
import id.jamsostek.snap.SnapBankRequest;
import id.jamsostek.snap.SnapTimestamp;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load driver and the judge of bench/failover.sh (a single-file program: {@code java -cp snap.jar
 * bench/FailoverLoad.java MODE ...}). It plays the demo bank, signing as SNAP says with the snap module.
 *
 * <ul>
 *   <li>{@code load GATEWAY CORE RATE SECONDS ANSWERS_CSV}: one access token, then a payment of a distinct unpaid
 *       bench bill every 1/RATE s for SECONDS, whatever the answers (open model); every answer is written down with
 *       its paymentRequestId, HTTP status, responseCode and paymentFlagStatus, or the transport error;</li>
 *   <li>{@code advice GATEWAY ANSWERS_CSV ADVICE_CSV}: what a bank does with every payment it did not hear a
 *       definite answer for (5xx, flag 02, no answer): the advice, same paymentRequestId, flagAdvise "Y", a new
 *       X-EXTERNAL-ID;</li>
 *   <li>{@code report CORE ANSWERS_CSV ADVICE_CSV STORED_CSV EVENTS}: prints the result and exits 1 when a payment
 *       the bank was told succeeded is not in bank_payment on the promoted server or not posted at the core, or when
 *       a payment the bank was told was refused is in bank_payment.</li>
 * </ul>
 */
public class FailoverLoad {

    static final String CLIENT_KEY = "G1234325-SNAP";
    static final byte[] CLIENT_SECRET = "myclientsecret".getBytes(StandardCharsets.UTF_8);
    static final String COMPANY = "   88899";
    static final Clock CLOCK = Clock.systemUTC();
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "load" -> new Bank(args[1], Path.of("demo/bank-private-key.pem"))
                    .load(args[2], Double.parseDouble(args[3]), Integer.parseInt(args[4]), Path.of(args[5]));
            case "advice" -> new Bank(args[1], Path.of("demo/bank-private-key.pem"))
                    .advise(Path.of(args[2]), Path.of(args[3]));
            case "report" -> System.exit(new Report(args[1], Answer.read(Path.of(args[2])), Answer.read(Path.of(args[3])),
                    Stored.read(Path.of(args[4])), Events.read(Path.of(args[5]))).print());
            default -> {
                System.err.println("usage: load|advice|report ... (see the class comment)");
                System.exit(2);
            }
        }
    }

    /** One answer (or its absence) to one signed payment request. */
    record Answer(String phase, long seq, String paymentRequestId, String customerNo, String amount, long sentAt,
            long answeredAt, int httpStatus, String responseCode, String flag, String error) {

        static final String HEADER = "phase,seq,paymentRequestId,customerNo,amount,sentAtMs,answeredAtMs,httpStatus,"
                + "responseCode,paymentFlagStatus,error";

        /** 2002500 with paymentFlagStatus 00: the bank books the payment as done. */
        boolean acknowledged() {
            return httpStatus == 200 && "2002500".equals(responseCode) && "00".equals(flag);
        }

        /** A refusal the bank takes as final (4xx with flag 01): nothing was paid, nothing to resolve. */
        boolean refused() {
            return httpStatus >= 400 && httpStatus < 500 && !"02".equals(flag);
        }

        /** Neither: a 5xx, flag 02, or no answer at all. The bank sends the advice. */
        boolean unknown() {
            return !acknowledged() && !refused();
        }

        /** The code the report counts it under. */
        String label() {
            if (!error.isEmpty()) {
                return "no answer (" + error + ")";
            }
            return httpStatus + " " + (responseCode.isEmpty() ? "-" : responseCode) + "/"
                    + (flag.isEmpty() ? "-" : flag);
        }

        String csv() {
            return String.join(",", phase, Long.toString(seq), paymentRequestId, customerNo, amount,
                    Long.toString(sentAt), Long.toString(answeredAt), Integer.toString(httpStatus), responseCode, flag,
                    error);
        }

        static List<Answer> read(Path file) throws IOException {
            List<Answer> answers = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank() || line.startsWith("phase,")) {
                    continue;
                }
                String[] f = line.split(",", -1);
                answers.add(new Answer(f[0], Long.parseLong(f[1]), f[2], f[3], f[4], Long.parseLong(f[5]),
                        Long.parseLong(f[6]), Integer.parseInt(f[7]), f[8], f[9], f[10]));
            }
            return answers;
        }
    }

    /** The demo bank: token, signing, sending. */
    static final class Bank {

        private final String gateway;
        private final SnapBankRequest.Bank bank;
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        /** Distinct per run: X-EXTERNAL-IDs must be new for the bank on this Jakarta day. */
        private final String runId = String.valueOf(System.currentTimeMillis());

        Bank(String gateway, Path privateKeyFile) throws IOException {
            this.gateway = gateway;
            String pem = Files.readString(privateKeyFile);
            PrivateKey privateKey = PemKeys.rsaPrivateKey(pem.substring(pem.indexOf("-----BEGIN"))); // after a note
            this.bank = new SnapBankRequest.Bank("", CLIENT_KEY, privateKey, CLIENT_SECRET, COMPANY.strip(), "95221");
        }

        void load(String core, double rate, int seconds, Path out) throws Exception {
            String bench = http.send(HttpRequest.newBuilder(URI.create(core + "/sim/v1/bench")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String amount = field(bench, "totalAmount");
            long available = Long.parseLong(field(bench, "count"));
            long total = Math.round(rate * seconds);
            if (total > available) {
                throw new IllegalStateException(total + " payments need as many bench accounts: " + bench);
            }
            String token = token();
            ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
            List<CompletableFuture<Void>> pending = new ArrayList<>();
            AtomicLong answered = new AtomicLong();
            AtomicLong acknowledged = new AtomicLong();
            ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
            long periodNanos = (long) (1_000_000_000L / rate);
            long start = System.currentTimeMillis();
            System.out.printf("load: %d payments at %.0f/s for %d s, Rp%s each%n", total, rate, seconds, amount);
            var progress = timer.scheduleAtFixedRate(() -> System.out.printf("load: t=%3ds answered %d, acknowledged %d%n",
                    (System.currentTimeMillis() - start) / 1000, answered.get(), acknowledged.get()), 5, 5, TimeUnit.SECONDS);
            for (long seq = 0; seq < total; seq++) {
                long due = start * 1_000_000L + seq * periodNanos;
                long wait = due - System.currentTimeMillis() * 1_000_000L;
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                String customerNo = "77" + String.format("%014d", seq);
                String requestId = runId + String.format("%09d", seq);
                pending.add(pay("load", seq, requestId, "1", customerNo, amount, "N", token).thenAccept(answer -> {
                    answers.add(answer);
                    answered.incrementAndGet();
                    if (answer.acknowledged()) {
                        acknowledged.incrementAndGet();
                    }
                }));
            }
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
            progress.cancel(false);
            timer.shutdown();
            write(out, answers);
            System.out.printf("load: done, %d answered, %d acknowledged%n", answered.get(), acknowledged.get());
        }

        void advise(Path loadAnswers, Path out) throws Exception {
            List<Answer> unknown = Answer.read(loadAnswers).stream().filter(Answer::unknown).toList();
            String token = token();
            List<Answer> answers = new ArrayList<>();
            for (Answer first : unknown) { // one after the other: a bank's advice job, not a burst
                answers.add(pay("advice", first.seq(), first.paymentRequestId(), "2", first.customerNo(),
                        first.amount(), "Y", token).join());
            }
            write(out, answers);
            System.out.printf("advice: %d sent, %d acknowledged%n", answers.size(),
                    answers.stream().filter(Answer::acknowledged).count());
        }

        private CompletableFuture<Answer> pay(String phase, long seq, String requestId, String externalIdTag,
                String customerNo, String amount, String flagAdvise, String token) {
            String body = SnapBankRequest.paymentBody(COMPANY, customerNo, requestId, amount, null, flagAdvise);
            HttpRequest request = SnapBankRequest.transaction(bank, SnapBankRequest.VA_PAYMENT, token, body,
                    requestId + externalIdTag, SnapTimestamp.now(CLOCK)).toHttpRequest(gateway, ANSWER_TIMEOUT);
            long sentAt = System.currentTimeMillis();
            return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, error) -> {
                long answeredAt = System.currentTimeMillis();
                if (error != null) {
                    Throwable cause = error.getCause() != null ? error.getCause() : error;
                    return new Answer(phase, seq, requestId, customerNo, amount, sentAt, answeredAt, 0, "", "",
                            cause.getClass().getSimpleName());
                }
                return new Answer(phase, seq, requestId, customerNo, amount, sentAt, answeredAt,
                        response.statusCode(), optionalField(response.body(), "responseCode"),
                        optionalField(response.body(), "paymentFlagStatus"), "");
            });
        }

        private String token() throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(SnapBankRequest.accessToken(bank, SnapTimestamp.now(CLOCK))
                    .toHttpRequest(gateway, ANSWER_TIMEOUT), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("no access token: " + response.statusCode() + " " + response.body());
            }
            return field(response.body(), "accessToken");
        }

        private static void write(Path out, Collection<Answer> answers) {
            try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out))) {
                writer.println(Answer.HEADER);
                answers.stream().sorted((a, b) -> Long.compare(a.seq(), b.seq())).forEach(a -> writer.println(a.csv()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A row of bank_payment on the promoted server. */
    record Stored(String paymentRequestId, String paymentKey, String state, long acceptedAt) {

        static Map<String, Stored> read(Path file) throws IOException {
            Map<String, Stored> rows = new HashMap<>();
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    String[] f = line.split(",", -1);
                    rows.put(f[0], new Stored(f[0], f[1], f[2], Long.parseLong(f[3])));
                }
            }
            return rows;
        }
    }

    /** When failover.sh stopped (or froze) the primary, promoted the standby, fenced a frozen primary (epoch ms; 0: not). */
    record Events(long killed, long promoteStarted, long promoted, long fenced) {

        static Events read(Path file) throws IOException {
            Map<String, Long> values = new HashMap<>();
            for (String line : Files.readAllLines(file)) {
                String[] kv = line.split("=", 2);
                if (kv.length == 2) {
                    values.put(kv[0].strip(), Long.parseLong(kv[1].strip()));
                }
            }
            return new Events(values.get("killed"), values.get("promote_started"), values.get("promoted"),
                    values.getOrDefault("fenced", 0L));
        }
    }

    /** The verdict: every acknowledged payment is in bank_payment and posted at the core. */
    static final class Report {

        private final HttpClient http = HttpClient.newHttpClient();
        private final String core;
        private final List<Answer> load;
        private final List<Answer> advice;
        private final Map<String, Stored> stored;
        private final Events events;

        Report(String core, List<Answer> load, List<Answer> advice, Map<String, Stored> stored, Events events) {
            this.core = core;
            this.load = load;
            this.advice = advice;
            this.stored = stored;
            this.events = events;
        }

        int print() throws Exception {
            printTimeline();
            printAdvice();
            return judge();
        }

        /** What happened when: the answers, the errors of the switch, how soon the gateway paid again. */
        private void printTimeline() {
            long start = load.stream().mapToLong(Answer::sentAt).min().orElse(events.killed());
            System.out.printf("payments sent: %d over %.1f s; primary taken down at +%.1f s, standby "
                            + "promoted at +%.1f s (pg_ctl promote took %.1f s)%n",
                    load.size(), seconds(load.stream().mapToLong(Answer::sentAt).max().orElse(start) - start),
                    seconds(events.killed() - start), seconds(events.promoted() - start),
                    seconds(events.promoted() - events.promoteStarted()));
            if (events.fenced() > 0) {
                System.out.printf("the frozen primary was fenced (SIGKILL) at +%.1f s%n", seconds(events.fenced() - start));
            }

            System.out.println();
            System.out.println("answers by code (HTTP responseCode/paymentFlagStatus):");
            countBy(load).forEach((code, n) -> System.out.printf("  %-44s %6d%n", code, n));

            Answer firstOkAfterKill = load.stream().filter(a -> a.sentAt() >= events.killed())
                    .filter(Answer::acknowledged).min((a, b) -> Long.compare(a.answeredAt(), b.answeredAt())).orElse(null);
            long recoveredAt = firstOkAfterKill == null ? Long.MAX_VALUE : firstOkAfterKill.sentAt();
            Predicate<Answer> duringSwitch = a -> a.answeredAt() >= events.killed() && a.sentAt() < recoveredAt;
            List<Answer> switchErrors = load.stream().filter(duringSwitch).filter(a -> !a.acknowledged()).toList();
            System.out.println();
            System.out.printf("errors during the switch (answered after the stop, sent before the first success): %d%n",
                    switchErrors.size());
            countBy(switchErrors).forEach((code, n) -> System.out.printf("  %-44s %6d%n", code, n));
            long lateErrors = load.stream().filter(a -> a.sentAt() >= recoveredAt).filter(a -> !a.acknowledged()).count();
            System.out.printf("errors after the first success: %d%n", lateErrors);
            if (firstOkAfterKill == null) {
                System.out.println("the gateway never answered a payment successfully after the stop");
            } else {
                System.out.printf("first success after the stop: answered %.1f s after the stop, %.1f s after "
                                + "pg_ctl promote was run%n", seconds(firstOkAfterKill.answeredAt() - events.killed()),
                        seconds(firstOkAfterKill.answeredAt() - events.promoteStarted()));
            }
            System.out.printf("latency of acknowledged payments: in the 10 s before the stop %s; after the first "
                            + "success %s%n",
                    percentiles(load.stream().filter(Answer::acknowledged).filter(a -> a.answeredAt() < events.killed())
                            .filter(a -> a.sentAt() >= events.killed() - 10_000).toList()),
                    percentiles(load.stream().filter(Answer::acknowledged).filter(a -> a.sentAt() >= recoveredAt)
                            .toList()));
        }

        /** What the bank's advice settled. */
        private void printAdvice() {
            long unknownAtFirst = load.stream().filter(Answer::unknown).count();
            long unknownRecorded = load.stream().filter(Answer::unknown)
                    .filter(a -> firstRecordedBeforeAdvice(a)).count();
            System.out.println();
            System.out.printf("no definite answer at first (5xx, flag 02, no answer): %d; the bank's advice for each:%n",
                    unknownAtFirst);
            countBy(advice).forEach((code, n) -> System.out.printf("  %-44s %6d%n", code, n));
            System.out.printf("payments committed by a first attempt whose answer was not a success (answer lost): %d "
                    + "(their advice is answered from the record)%n", unknownRecorded);
        }

        /** The verdict: 0 when nothing acknowledged is missing or unposted and nothing refused was recorded. */
        private int judge() throws IOException, InterruptedException {
            List<Answer> acknowledged = new ArrayList<>(load.stream().filter(Answer::acknowledged).toList());
            acknowledged.addAll(advice.stream().filter(Answer::acknowledged).toList());
            List<Answer> missing = acknowledged.stream().filter(a -> !stored.containsKey(a.paymentRequestId())).toList();
            List<Answer> notPosted = new ArrayList<>();
            for (Answer a : acknowledged) {
                Stored row = stored.get(a.paymentRequestId());
                if (row != null && !postedAtCore(row.paymentKey())) {
                    notPosted.add(a);
                }
            }
            // a refusal is final for the bank (nothing debited): such a payment must not have been recorded either
            List<Answer> refusedButStored = load.stream().filter(Answer::refused)
                    .filter(a -> stored.containsKey(a.paymentRequestId())).toList();
            Map<String, Long> states = new TreeMap<>();
            stored.values().forEach(s -> states.merge(s.state(), 1L, Long::sum));
            System.out.println();
            System.out.printf("on the promoted server: %d payments in bank_payment %s%n", stored.size(), states);
            System.out.printf("acknowledged payments (2002500/00, first answer or advice): %d%n", acknowledged.size());
            System.out.printf("acknowledged payments missing from bank_payment: %d%n", missing.size());
            System.out.printf("acknowledged payments not posted at the core: %d%n", notPosted.size());
            System.out.printf("payments refused (4xx, final for the bank) yet stored: %d%n", refusedButStored.size());
            missing.stream().limit(20).forEach(a -> System.out.println("  MISSING " + a.csv()));
            notPosted.stream().limit(20).forEach(a -> System.out.println("  NOT POSTED " + a.csv()));
            refusedButStored.stream().limit(20).forEach(a -> System.out.println("  REFUSED BUT STORED " + a.csv()));
            boolean passed = missing.isEmpty() && notPosted.isEmpty() && refusedButStored.isEmpty();
            System.out.println(passed ? "RESULT: PASS" : "RESULT: FAIL");
            return passed ? 0 : 1;
        }

        /** The first attempt committed the payment (before any advice was sent), though its answer said otherwise. */
        private boolean firstRecordedBeforeAdvice(Answer first) {
            Stored row = stored.get(first.paymentRequestId());
            return row != null && advice.stream().noneMatch(a -> a.paymentRequestId().equals(first.paymentRequestId())
                    && a.sentAt() <= row.acceptedAt());
        }

        private boolean postedAtCore(String paymentKey) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(core + "/core/v1/payments/" + paymentKey)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        }

        private static Map<String, Long> countBy(List<Answer> answers) {
            Map<String, Long> counts = new LinkedHashMap<>();
            answers.stream().map(Answer::label).sorted()
                    .forEach(label -> counts.merge(label, 1L, Long::sum));
            return counts;
        }

        private static String percentiles(List<Answer> answers) {
            if (answers.isEmpty()) {
                return "-";
            }
            long[] ms = answers.stream().mapToLong(a -> a.answeredAt() - a.sentAt()).sorted().toArray();
            return String.format("p50 %d ms, p99 %d ms (n=%d)", ms[ms.length / 2],
                    ms[Math.min(ms.length - 1, (int) Math.ceil(ms.length * 0.99) - 1)], ms.length);
        }

        private static double seconds(long millis) {
            return millis / 1000.0;
        }
    }

    static String field(String json, String name) {
        String value = optionalField(json, name);
        if (value.isEmpty()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return value;
    }

    static String optionalField(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json == null ? "" : json);
        return m.find() ? m.group(1) : "";
    }
}
