package id.jamsostek.gateway.bank;

import id.jamsostek.adapters.bank.PaymentFlag;
import id.jamsostek.adapters.bank.VaPaymentRequest;
import id.jamsostek.adapters.core.CoreBill;
import id.jamsostek.contracts.Money;
import id.jamsostek.gateway.body.CheckedBody;
import id.jamsostek.gateway.idempotency.IdempotencyMetrics;
import id.jamsostek.gateway.idempotency.ExternalIdClaims;
import id.jamsostek.gateway.idempotency.KeyClaim;
import id.jamsostek.gateway.partner.BankProfile;
import id.jamsostek.gateway.payment.BankPayment;
import id.jamsostek.gateway.payment.BankPaymentStore;
import id.jamsostek.gateway.payment.BillSnapshot;
import id.jamsostek.gateway.payment.BillSnapshotStore;
import id.jamsostek.gateway.payment.NewPayment;
import id.jamsostek.gateway.payment.PaidBill;
import id.jamsostek.gateway.payment.PaymentAnswers;
import id.jamsostek.gateway.payment.PaymentAnswers.Answer;
import id.jamsostek.gateway.payment.PaymentDelivery;
import id.jamsostek.gateway.payment.PaymentKeys;
import id.jamsostek.gateway.payment.PaymentSettings;
import id.jamsostek.gateway.outbox.OutboxSettings;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.gateway.snap.BankCaller;
import id.jamsostek.gateway.snap.SnapHeaders;
import id.jamsostek.snap.SnapTimestamp;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * SNAP virtual-account payment (service 25). The X-EXTERNAL-ID is claimed in the statement that commits a new payment
 * with its outbox row, before any answer (another request under the id: 4092500); a payment already known by its key
 * (a repeat, an advice) is answered from what was recorded. A new one is posted at once on the customer's open bill,
 * which the core checks (closed amount, unpaid, not expired) in the same round trip: posted or refused, the bank hears
 * it; unknown, the bank hears what its profile says and the relay finishes the job.
 */
@Component
public class VaPaymentHandler {

    private static final Logger log = LoggerFactory.getLogger(VaPaymentHandler.class);
    private static final String SCOPE = "snap-va-payment";

    private final BankPaymentStore payments;
    private final BillSnapshotStore snapshots;
    private final PaymentDelivery delivery;
    private final PaymentAnswers answers;
    private final ExternalIdClaims externalIds;
    private final IdempotencyMetrics metrics;
    private final PaymentSettings settings;
    private final OutboxSettings outbox;
    private final JsonMapper json;
    private final Clock clock;

    public VaPaymentHandler(BankPaymentStore payments, BillSnapshotStore snapshots,
            PaymentDelivery delivery, PaymentAnswers answers, ExternalIdClaims externalIds,
            IdempotencyMetrics metrics, PaymentSettings settings, OutboxSettings outbox, JsonMapper json, Clock clock) {
        this.payments = payments;
        this.snapshots = snapshots;
        this.delivery = delivery;
        this.answers = answers;
        this.externalIds = externalIds;
        this.metrics = metrics;
        this.settings = settings;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
        json.readValue("{}", VaPaymentRequest.class); // builds the deserializer at start, not under the first burst
    }

    public Mono<ServerResponse> pay(ServerRequest request) {
        return Mono.defer(() -> {
            BankCaller caller = BankCaller.of(request.exchange())
                    .orElseThrow(() -> new GatewayException(Problem.NOT_FOUND));
            VaPaymentRequest payment = json.treeToValue(CheckedBody.of(request.exchange()), VaPaymentRequest.class);
            VirtualAccounts.requireOwn(caller.partner(), payment.partnerServiceId(), payment.customerNo(),
                    payment.virtualAccountNo());
            String key = PaymentKeys.of(caller.partner().id(), payment.virtualAccountNo(), payment.paymentRequestId());
            byte[] fingerprint = key.getBytes(StandardCharsets.US_ASCII);
            return externalIds.claimOfToday(caller.partner().id(), SCOPE, caller.externalId(), fingerprint)
                    .map(claim -> claimingAndAccepting(request.exchange(), caller, payment, key, fingerprint, claim))
                    .orElseGet(() -> claimingFirst(request.exchange(), caller, payment, key, fingerprint))
                    .flatMap(this::respond);
        })
                // Reactor answers each look-up of the context by walking up to the nearest contextWrite, and a payment
                // asks often (every group commit, the core call) from under the whole filter chain: this one answers
                // them here
                .contextWrite(Function.identity());
    }

    /** A payment already recorded is answered from the record, unless its first request is still deciding it. */
    private void countRepeat(ServerWebExchange exchange, Answer repeat) {
        if (repeat.status() == Problem.DUPLICATE_EXTERNAL_ID.snapStatus()) {
            metrics.conflict(exchange, IdempotencyMetrics.Conflict.IN_FLIGHT);
        } else {
            metrics.replayed(exchange);
        }
    }

    /**
     * The common case: the X-EXTERNAL-ID claimed and the payment accepted in one statement. An id another request holds
     * already is looked at as {@link #claimingFirst} does.
     */
    private Mono<Answer> claimingAndAccepting(ServerWebExchange exchange, BankCaller caller, VaPaymentRequest payment,
            String key, byte[] fingerprint, KeyClaim externalId) {
        return payments.accept(newPayment(caller, payment, key), externalId, settings.fastPathGrace())
                .map(acceptance -> acceptance.idClaimed()
                        ? afterAccepting(exchange, caller, payment, key, Mono.justOrEmpty(acceptance.payment()))
                        : claimingFirst(exchange, caller, payment, key, fingerprint))
                // only the statement's own failure leaves the payment's fate unknown, not what follows it
                .onErrorResume(error -> Mono.just(Mono.just(unknownOutcome(key, payment, error))))
                .flatMap(Function.identity());
    }

    /**
     * The X-EXTERNAL-ID claimed on its own first: just after midnight, when yesterday's claims still count, and for an id
     * claimed before (a repeat, or another request under it).
     */
    private Mono<Answer> claimingFirst(ServerWebExchange exchange, BankCaller caller, VaPaymentRequest payment,
            String key, byte[] fingerprint) {
        return externalIds.claim(caller.partner().id(), SCOPE, caller.externalId(), fingerprint)
                .map(ExternalIdClaims.Claim::earlier)
                .flatMap(earlier -> {
                    if (earlier.isPresent() && !earlier.get().sameRequest(fingerprint)) {
                        metrics.conflict(exchange, IdempotencyMetrics.Conflict.OTHER_REQUEST);
                        return Mono.error(new GatewayException(Problem.DUPLICATE_EXTERNAL_ID));
                    }
                    if (earlier.isEmpty()) {
                        // a new external id: a payment already known under its key (a repeat with a new id) is found
                        // where accepting it fails, so a new payment costs no look-up of its own
                        return acceptingAlone(exchange, caller, payment, key);
                    }
                    return known(exchange, caller, payment, key, true)
                            .switchIfEmpty(Mono.defer(() -> acceptingAlone(exchange, caller, payment, key)));
                });
    }

    private Mono<Answer> acceptingAlone(ServerWebExchange exchange, BankCaller caller, VaPaymentRequest payment,
            String key) {
        return afterAccepting(exchange, caller, payment, key,
                payments.accept(newPayment(caller, payment, key), settings.fastPathGrace()));
    }

    private static NewPayment newPayment(BankCaller caller, VaPaymentRequest payment, String key) {
        return new NewPayment(key, caller.partner().id(), payment.partnerServiceId().strip(), payment.customerNo(),
                payment.virtualAccountNo(), payment.paymentRequestId(), Money.parse(payment.paidAmount().value()));
    }

    private Mono<Answer> afterAccepting(ServerWebExchange exchange, BankCaller caller, VaPaymentRequest payment,
            String key, Mono<BankPayment> accepting) {
        return accepting
                .flatMap(saved -> deliverAtOnce(exchange, caller, payment, saved))
                // another payment of this virtual account is on its way to the core
                .switchIfEmpty(Mono.defer(() -> known(exchange, caller, payment, key, false)
                        .defaultIfEmpty(answers.refusal(Problem.BILL_ALREADY_PAID, null, payment, null, null))))
                .onErrorResume(error -> Mono.just(unknownOutcome(key, payment, error)));
    }

    private Answer unknownOutcome(String key, VaPaymentRequest payment, Throwable error) {
        log.warn("payment {} may or may not be recorded ({}): answered as pending", key, error.getClass().getName());
        return answers.unknownOutcome(payment);
    }

    /**
     * The answer of a payment already recorded under this key: a repeat, or a twin request that got there first.
     *
     * @param sameExternalId the request repeats the X-EXTERNAL-ID of the one that made the payment
     */
    private Mono<Answer> known(ServerWebExchange exchange, BankCaller caller, VaPaymentRequest payment, String key,
            boolean sameExternalId) {
        return payments.byKey(key)
                .map(recorded -> answers.of(recorded, payment, sameExternalId, caller.partner().profile()))
                .doOnNext(repeat -> countRepeat(exchange, repeat));
    }

    /**
     * Posted: settled now, with the bill the core names. Refused: nothing stays of it, and the bank hears why. Unknown:
     * the bank hears its profile's answer and the relay goes on.
     */
    private Mono<Answer> deliverAtOnce(ServerWebExchange exchange, BankCaller caller, VaPaymentRequest payment,
            BankPayment saved) {
        BankProfile profile = caller.partner().profile();
        return delivery.attempt(saved, caller.deadline().keeping(settings.answerReserve())).flatMap(outcome -> switch (outcome) {
            case PaymentDelivery.Outcome.Posted posted -> {
                PaidBill paid = PaidBill.of(posted.bill(), profile.maxBillLines(), json);
                yield payments.posted(saved.id(), posted.corePaymentId(), paid)
                        .map(settled -> answers.posted(settled, paid, payment, profile));
            }
            case PaymentDelivery.Outcome.Rejected rejected -> payments.withdrawn(saved.id())
                    .then(known(exchange, caller, payment, saved.paymentKey(), false))
                    .defaultIfEmpty(refusal(rejected.reason(), payment));
            case PaymentDelivery.Outcome.Unknown unknown -> inquiredAndPayable(caller, payment, saved.amount())
                    .flatMap(shown -> payments.promised(saved.id(), promiseFor(profile), shown, outbox.backoffAfter(1))
                            // another payment has the bill the inquiry showed: posted, or promised
                            .filter(held -> held.promised() != null)
                            .onErrorResume(DuplicateKeyException.class, taken -> Mono.empty()))
                    .switchIfEmpty(Mono.defer(() -> payments.promised(saved.id(), PaymentFlag.PENDING, null,
                            outbox.backoffAfter(1))))
                    .map(promised -> answers.of(promised, payment, false, profile));
        });
    }

    private Answer refusal(String coreRejection, VaPaymentRequest payment) {
        Problem problem = PaymentAnswers.problemFor(coreRejection);
        return answers.refusal(problem, problem == Problem.BILL_NOT_FOUND ? "Not Found" : null, payment, null, null);
    }

    /**
     * Success is promised only for a bill that was checked: while the core cannot say, by what the bank's own inquiry
     * showed (unpaid, this amount, held by no other payment); the bank's profile may want "pending" anyway.
     */
    private static PaymentFlag promiseFor(BankProfile profile) {
        return profile.unknownOutcome() == BankProfile.UnknownOutcome.ACCEPT ? PaymentFlag.SUCCESS : PaymentFlag.PENDING;
    }

    private Mono<BillSnapshot> inquiredAndPayable(BankCaller caller, VaPaymentRequest payment, Money paid) {
        return snapshots.find(caller.partner().id(), payment.virtualAccountNo(), settings.snapshotMaxAge())
                .filter(seen -> seen.status() == CoreBill.Status.UNPAID && paid.equals(seen.totalAmount()));
    }

    private Mono<ServerResponse> respond(Answer answer) {
        return ServerResponse.status(answer.status())
                .contentType(MediaType.APPLICATION_JSON)
                .header(SnapHeaders.TIMESTAMP, SnapTimestamp.now(clock))
                .bodyValue(answer.body());
    }
}
