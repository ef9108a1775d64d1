package id.jamsostek.gateway.bank;

import id.jamsostek.adapters.masking.NameMask;
import id.jamsostek.adapters.bank.PaymentFlag;
import id.jamsostek.adapters.bank.VaInquiryResponse;
import id.jamsostek.adapters.bank.VaInquiryTranslator;
import id.jamsostek.adapters.bank.VaPaymentRequest;
import id.jamsostek.adapters.core.BillingClient;
import id.jamsostek.adapters.core.CoreBill;
import id.jamsostek.adapters.core.CoreRejection;
import id.jamsostek.adapters.core.CoreUnavailable;
import id.jamsostek.contracts.Money;
import id.jamsostek.gateway.body.CachedBody;
import id.jamsostek.gateway.idempotency.IdempotencyMetrics;
import id.jamsostek.gateway.idempotency.ExternalIdClaims;
import id.jamsostek.gateway.partner.BankProfile;
import id.jamsostek.gateway.payment.BankPayment;
import id.jamsostek.gateway.payment.BankPaymentStore;
import id.jamsostek.gateway.payment.BillSnapshot;
import id.jamsostek.gateway.payment.BillSnapshotStore;
import id.jamsostek.gateway.payment.NewPayment;
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
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * SNAP virtual-account payment (service 25). The X-EXTERNAL-ID is claimed first (another request under it:
 * 4092500); a payment already known by its key (a repeat, an advice) is answered from what was recorded. A new
 * one is checked against the bill (closed amount, unpaid, not expired), committed with its outbox row before any
 * answer, then posted at once: posted or refused, the bank hears it; unknown, the bank hears what its profile
 * says and the relay finishes the job.
 */
@Component
public class VaPaymentHandler {

    private static final Logger log = LoggerFactory.getLogger(VaPaymentHandler.class);
    private static final String SCOPE = "snap-va-payment";

    private final BillingClient billing;
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

    public VaPaymentHandler(BillingClient billing, BankPaymentStore payments, BillSnapshotStore snapshots,
            PaymentDelivery delivery, PaymentAnswers answers, ExternalIdClaims externalIds,
            IdempotencyMetrics metrics, PaymentSettings settings, OutboxSettings outbox, JsonMapper json, Clock clock) {
        this.billing = billing;
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
            VaPaymentRequest payment = json.readValue(CachedBody.of(request.exchange()), VaPaymentRequest.class);
            VirtualAccounts.requireOwn(caller.partner(), payment.partnerServiceId(), payment.customerNo(),
                    payment.virtualAccountNo());
            String key = PaymentKeys.of(caller.partner().id(), payment.virtualAccountNo(), payment.paymentRequestId());
            byte[] fingerprint = key.getBytes(StandardCharsets.US_ASCII);
            return externalIds.claim(caller.partner().id(), SCOPE, caller.externalId(), fingerprint)
                    .map(ExternalIdClaims.Claim::earlier)
                    .flatMap(earlier -> {
                        if (earlier.isPresent() && !earlier.get().sameRequest(fingerprint)) {
                            metrics.conflict(request.exchange(), IdempotencyMetrics.Conflict.OTHER_REQUEST);
                            return Mono.error(new GatewayException(Problem.DUPLICATE_EXTERNAL_ID));
                        }
                        if (earlier.isEmpty()) {
                            // a new external id: a payment already known under its key (a repeat with a new id) is
                            // found where accepting it fails, so a new payment costs no look-up of its own
                            return fresh(request.exchange(), caller, payment, key);
                        }
                        return payments.byKey(key)
                                .map(known -> answers.of(known, payment, true, caller.partner().profile()))
                                .doOnNext(repeat -> countRepeat(request.exchange(), repeat))
                                .switchIfEmpty(Mono.defer(() -> fresh(request.exchange(), caller, payment, key)));
                    })
                    .flatMap(this::respond);
        });
    }

    /** A payment already recorded is answered from the record, unless its first request is still deciding it. */
    private void countRepeat(ServerWebExchange exchange, Answer repeat) {
        if (repeat.status() == Problem.DUPLICATE_EXTERNAL_ID.snapStatus()) {
            metrics.conflict(exchange, IdempotencyMetrics.Conflict.IN_FLIGHT);
        } else {
            metrics.replayed(exchange);
        }
    }

    private Mono<Answer> fresh(ServerWebExchange exchange, BankCaller caller, VaPaymentRequest payment, String key) {
        Money paid = Money.parse(payment.paidAmount().value());
        return billToPay(caller, payment).flatMap(bill -> {
            if (bill.known()) {
                Problem refusal = switch (bill.status()) {
                    case PAID -> Problem.BILL_ALREADY_PAID;
                    case EXPIRED -> Problem.BILL_EXPIRED;
                    case UNPAID -> paid.equals(bill.total()) ? null : Problem.INVALID_AMOUNT;
                };
                if (refusal != null) {
                    // the bill may be paid by this very payment: a repeat, or a twin request accepted meanwhile
                    return known(exchange, caller, payment, key).defaultIfEmpty(answers.refusal(refusal, null,
                            payment, bill.holderNameMasked(), answersDetails(bill)));
                }
            }
            NewPayment accepted = new NewPayment(key, caller.partner().id(), payment.partnerServiceId().strip(),
                    payment.customerNo(), payment.virtualAccountNo(), payment.paymentRequestId(),
                    bill.holderNameMasked(), bill.billId(), bill.billDetails(), paid);
            return payments.accept(accepted, settings.fastPathGrace())
                    .flatMap(saved -> deliverAtOnce(caller, saved, bill.known()))
                    .map(settled -> answers.of(settled, payment, false, caller.partner().profile()))
                    .switchIfEmpty(Mono.defer(() -> known(exchange, caller, payment, key)
                            .defaultIfEmpty(answers.refusal(Problem.BILL_ALREADY_PAID, null, payment,
                                    bill.holderNameMasked(), answersDetails(bill)))))
                    .onErrorResume(error -> {
                        log.warn("payment {} may or may not be recorded ({}): answered as pending", key, error.getClass().getName());
                        return Mono.just(answers.unknownOutcome(payment));
                    });
        }).onErrorResume(BillRefused.class, refused -> known(exchange, caller, payment, key)
                .defaultIfEmpty(answers.refusal(Problem.BILL_NOT_FOUND, "Not Found", payment, null, null)));
    }

    /** The answer of a payment already recorded under this key: a repeat, or a twin request that got there first. */
    private Mono<Answer> known(ServerWebExchange exchange, BankCaller caller, VaPaymentRequest payment, String key) {
        return payments.byKey(key)
                .map(recorded -> answers.of(recorded, payment, false, caller.partner().profile()))
                .doOnNext(repeat -> countRepeat(exchange, repeat));
    }

    /** Posted or refused: settled now. Unknown: the bank hears its profile's answer and the relay goes on. */
    private Mono<BankPayment> deliverAtOnce(BankCaller caller, BankPayment saved, boolean billKnown) {
        return delivery.attempt(saved, caller.deadline().keeping(settings.answerReserve())).flatMap(outcome -> switch (outcome) {
            case PaymentDelivery.Outcome.Posted posted -> payments.posted(saved.id(), posted.corePaymentId());
            case PaymentDelivery.Outcome.Rejected rejected -> payments.rejected(saved.id(), rejected.reason());
            case PaymentDelivery.Outcome.Unknown unknown -> payments.promised(saved.id(),
                    promiseFor(caller.partner().profile(), billKnown), outbox.backoffAfter(1));
        });
    }

    /** Success is promised only for a bill that was checked; the bank's profile may want "pending" anyway. */
    private static PaymentFlag promiseFor(BankProfile profile, boolean billKnown) {
        return billKnown && profile.unknownOutcome() == BankProfile.UnknownOutcome.ACCEPT
                ? PaymentFlag.SUCCESS : PaymentFlag.PENDING;
    }

    private record BillToPay(boolean known, String billId, Money total, CoreBill.Status status,
            String holderNameMasked, String billDetails) {

        static BillToPay from(BillSnapshot seen) {
            return new BillToPay(true, seen.billId(), seen.totalAmount(), seen.status(), seen.holderNameMasked(),
                    seen.billDetails());
        }
    }

    private static final class BillRefused extends RuntimeException {
        BillRefused() {
            super(null, null, false, false);
        }
    }

    /**
     * The bill from the core; while the core is down, what the bank's inquiry showed (if recent); failing both, an
     * unknown bill, whose payment is still recorded and checked by the core on delivery.
     */
    private Mono<BillToPay> billToPay(BankCaller caller, VaPaymentRequest payment) {
        return billing.openBill(payment.customerNo(), caller.deadline())
                .map(bill -> {
                    String name = NameMask.mask(bill.holderName());
                    return new BillToPay(true, bill.billId(), bill.totalAmount(), bill.status(), name,
                            json.writeValueAsString(VaInquiryTranslator.billDetails(bill,
                                    caller.partner().profile().maxBillLines())));
                })
                .onErrorResume(CoreRejection.class, unknown -> Mono.error(new BillRefused()))
                .onErrorResume(CoreUnavailable.class, down -> snapshots
                        .find(caller.partner().id(), payment.virtualAccountNo(), settings.snapshotMaxAge())
                        .map(BillToPay::from)
                        .defaultIfEmpty(new BillToPay(false, null, null, null, null, null)));
    }

    private List<VaInquiryResponse.BillDetail> answersDetails(BillToPay bill) {
        return bill.billDetails() == null ? null : answers.details(bill.billDetails());
    }

    private Mono<ServerResponse> respond(Answer answer) {
        return ServerResponse.status(answer.status())
                .contentType(MediaType.APPLICATION_JSON)
                .header(SnapHeaders.TIMESTAMP, SnapTimestamp.now(clock))
                .bodyValue(answer.body());
    }
}
