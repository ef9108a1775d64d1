package id.jamsostek.core.simulator.http;

import id.jamsostek.core.simulator.billing.Ledger;
import id.jamsostek.core.simulator.billing.OpenBills;
import id.jamsostek.core.simulator.billing.PaymentPosting;
import id.jamsostek.core.simulator.problem.CoreProblemException;
import id.jamsostek.core.simulator.problem.ProblemType;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/** The Reactor Netty server of the core API ({@code /core/v1}) and the simulator's own routes ({@code /sim/v1}). */
public final class CoreHttpServer {

    private static final Logger log = LoggerFactory.getLogger(CoreHttpServer.class);
    private final CoreHandlers handlers;
    private final ParticipantHandlers participants;
    private final PayerHandlers payers;
    private final EmployerHandlers employers;
    private final FaultSwitch faultSwitch;
    private final LedgerListing ledgerListing;
    private static final String EMPLOYER = "/core/v1/employers/{npp}/divisions/{division}";
    private static final byte[] PONG = "pong\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final SimulatedFaults faults;
    private final Supplier<Object> benchRange;

    /** With {@code GET /sim/v1/bench} describing the benchmark accounts. */
    public CoreHttpServer(OpenBills openBills, PaymentPosting posting, Ledger ledger, SimulatedFaults faults,
            Supplier<Object> demoListing, Supplier<Object> benchRange, ParticipantServices participants,
            EmployerServices employers) {
        JsonCodec json = new JsonCodec();
        this.handlers = new CoreHandlers(json, openBills, posting, ledger, demoListing);
        this.participants = new ParticipantHandlers(json, participants);
        this.payers = new PayerHandlers(json, participants);
        this.employers = new EmployerHandlers(json, employers);
        this.faultSwitch = new FaultSwitch(json, faults);
        this.ledgerListing = new LedgerListing(json, ledger);
        this.faults = faults;
        this.benchRange = benchRange;
    }

    public DisposableServer bind(String host, int port) {
        return HttpServer.create()
                .host(host)
                .port(port)
                .route(routes -> routes
                        .get("/core/v1/bills/open", (req, res) -> core(res,
                                () -> Mono.fromSupplier(() -> handlers.openBill(query(req, "customerNo")))))
                        .post("/core/v1/payments", (req, res) -> core(res, () -> req.receive().aggregate().asByteArray()
                                .defaultIfEmpty(new byte[0])
                                .map(body -> handlers.postPayment(req.requestHeaders().get("Idempotency-Key"), body))))
                        .get("/core/v1/payments/{key}", (req, res) -> core(res,
                                () -> Mono.fromSupplier(() -> handlers.findPayment(req.param("key")))))
                        .post("/core/v1/enrollments", (req, res) -> core(res, () -> body(req)
                                .map(body -> participants.enroll(req.requestHeaders().get("Idempotency-Key"), body))))
                        .post("/core/v1/participants/search", (req, res) -> core(res, () -> body(req)
                                .map(participants::search)))
                        .get("/core/v1/villages/{villageCode}/participants", (req, res) -> core(res,
                                () -> Mono.fromSupplier(() -> participants.villageParticipants(
                                        req.param("villageCode"), query(req, "page"), query(req, "size")))))
                        .get("/core/v1/coverage", (req, res) -> core(res,
                                () -> Mono.fromSupplier(() -> participants.coverage(query(req, "regionPrefix"),
                                        query(req, "month")))))
                        .post("/core/v1/collective-bills", (req, res) -> core(res, () -> body(req)
                                .map(body -> participants.collectiveBill(req.requestHeaders().get("Idempotency-Key"),
                                        body))))
                        .get("/core/v1/renewals", (req, res) -> core(res,
                                () -> Mono.fromSupplier(() -> participants.renewals(query(req, "regionPrefix"),
                                        query(req, "payerType")))))
                        .post("/core/v1/collective-bill-previews", (req, res) -> core(res, () -> body(req)
                                .map(participants::collectiveBillPreview)))
                        .get("/core/v1/payer-budgets/{regionCode}/{year}", (req, res) -> core(res,
                                () -> Mono.fromSupplier(() -> participants.budget(req.param("regionCode"),
                                        req.param("year")))))
                        .put("/core/v1/payer-budgets/{regionCode}/{year}", (req, res) -> core(res, () -> body(req)
                                .map(body -> participants.setBudget(req.param("regionCode"), req.param("year"),
                                        body))))
                        .post("/core/v1/sponsorships", (req, res) -> core(res, () -> body(req)
                                .map(body -> payers.sponsor(req.requestHeaders().get("Idempotency-Key"), body))))
                        .get("/core/v1/donors/{donorId}/sponsored", (req, res) -> core(res,
                                () -> Mono.fromSupplier(() -> payers.sponsored(req.param("donorId")))))
                        .post("/core/v1/donors/{donorId}/collective-bills", (req, res) -> core(res, () -> body(req)
                                .map(body -> payers.donorBill(req.param("donorId"),
                                        req.requestHeaders().get("Idempotency-Key"), body))))
                        .get("/core/v1/donors/{donorId}/renewals", (req, res) -> core(res,
                                () -> Mono.fromSupplier(() -> payers.donorRenewals(req.param("donorId")))))
                        .post("/core/v1/donors/{donorId}/collective-bill-previews", (req, res) -> core(res,
                                () -> body(req).map(body -> payers.donorPreview(req.param("donorId"), body))))
                        .get("/core/v1/agents/{agentId}/participants", (req, res) -> core(res,
                                () -> Mono.fromSupplier(() -> payers.agentParticipants(req.param("agentId")))))
                        .post("/core/v1/agents/{agentId}/collective-bills", (req, res) -> core(res, () -> body(req)
                                .map(body -> payers.agentBill(req.param("agentId"),
                                        req.requestHeaders().get("Idempotency-Key"), body))))
                        .get("/core/v1/agents/{agentId}/renewals", (req, res) -> core(res,
                                () -> Mono.fromSupplier(() -> payers.agentRenewals(req.param("agentId")))))
                        .post("/core/v1/agents/{agentId}/collective-bill-previews", (req, res) -> core(res,
                                () -> body(req).map(body -> payers.agentPreview(req.param("agentId"), body))))
                        .post("/core/v1/payment-orders", (req, res) -> core(res, () -> body(req)
                                .map(body -> participants.paymentOrder(req.requestHeaders().get("Idempotency-Key"),
                                        body))))
                        .get(EMPLOYER, (req, res) -> core(res, () -> Mono.fromSupplier(
                                () -> employers.profile(req.param("npp"), req.param("division")))))
                        .put(EMPLOYER + "/sector", (req, res) -> core(res, () -> body(req)
                                .map(body -> employers.sector(req.param("npp"), req.param("division"), body))))
                        .post(EMPLOYER + "/employees", (req, res) -> core(res, () -> body(req)
                                .map(body -> employers.register(req.param("npp"), req.param("division"),
                                        req.requestHeaders().get("Idempotency-Key"), body))))
                        .put(EMPLOYER + "/wage-reports/{period}", (req, res) -> core(res, () -> body(req)
                                .map(body -> employers.wageReport(req.param("npp"), req.param("division"),
                                        req.param("period"), body))))
                        .get(EMPLOYER + "/contribution-bills/{period}", (req, res) -> core(res,
                                () -> Mono.fromSupplier(() -> employers.contributionBill(req.param("npp"),
                                        req.param("division"), req.param("period")))))
                        .post("/core/v1/contribution-previews", (req, res) -> core(res, () -> body(req)
                                .map(employers::preview)))
                        .get("/sim/v1/demo", (req, res) -> send(res, Mono.fromSupplier(handlers::demo)))
                        .get("/sim/v1/bench", (req, res) -> send(res, Mono.fromSupplier(
                                () -> Reply.json(200, handlers.json().write(benchRange.get())))))
                        .get("/sim/v1/faults", (req, res) -> send(res, Mono.fromSupplier(faultSwitch::state)))
                        .post("/sim/v1/faults", (req, res) -> send(res, body(req).map(faultSwitch::change)))
                        .get("/sim/v1/postings", (req, res) -> send(res, Mono.fromSupplier(ledgerListing::all)))
                        // a constant small answer, no faults, no state: the upstream of bench/run.sh's pass-through
                        .get("/sim/v1/ping", (req, res) -> res.header("Content-Type", "text/plain")
                                .header("Content-Length", String.valueOf(PONG.length))
                                .sendByteArray(Mono.just(PONG)))
                        .route(req -> true, (req, res) -> send(res, Mono.fromSupplier(handlers::notFound))))
                .bindNow();
    }

    /** A core route: simulated faults apply. */
    private Publisher<Void> core(HttpServerResponse res, Supplier<Mono<Reply>> handling) {
        Optional<SimulatedFaults.OutageState> outage = faults.currentOutage();
        if (outage.isPresent()) {
            return switch (outage.get().outage()) {
                case DOWN -> send(res, Mono.just(simulatedFault(503, "the core is down (outage of the fault hook)")));
                case RESET -> reset(res);
            };
        }
        Mono<Reply> reply = Mono.defer(() -> {
            OptionalInt refusal = faults.takeRefusal();
            if (refusal.isPresent()) {
                return Mono.just(simulatedFault(refusal.getAsInt(), "refused by the simulator's fault hook"));
            }
            return handling.get()
                    .onErrorResume(CoreProblemException.class, e -> Mono.just(handlers.problem(e)))
                    .map(real -> {
                        OptionalInt lost = faults.takeLostAnswer();
                        return lost.isPresent()
                                ? simulatedFault(lost.getAsInt(), "handled, but the answer was replaced by the fault hook")
                                : real;
                    });
        });
        Duration latency = faults.latency();
        return send(res, latency.isZero() ? reply : Mono.delay(latency).then(reply));
    }

    /** Closes the connection with a TCP reset (linger 0) instead of answering. */
    private static Publisher<Void> reset(HttpServerResponse res) {
        return res.withConnection(connection -> {
            connection.channel().config().setOption(ChannelOption.SO_LINGER, 0);
            connection.channel().close();
        }).then();
    }

    private Reply simulatedFault(int status, String detail) {
        return Reply.problem(handlers.json(), ProblemType.SIMULATED_FAULT, status, detail);
    }

    private Publisher<Void> send(HttpServerResponse res, Mono<Reply> reply) {
        return reply
                .onErrorResume(CoreProblemException.class, e -> Mono.just(handlers.problem(e)))
                .onErrorResume(e -> {
                    log.error("request failed", e);
                    return Mono.just(handlers.problem(e));
                })
                .flatMap(r -> {
                    res.status(r.status()).header("Content-Type", r.contentType());
                    r.headers().forEach(res::header);
                    return res.sendByteArray(Mono.just(r.body())).then();
                });
    }

    private static Mono<byte[]> body(HttpServerRequest req) {
        return req.receive().aggregate().asByteArray().defaultIfEmpty(new byte[0]);
    }

    private static String query(HttpServerRequest req, String name) {
        List<String> values = new QueryStringDecoder(req.uri()).parameters().get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
