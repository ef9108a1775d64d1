package id.jamsostek.gateway.payment;

import id.jamsostek.adapters.core.BillingClient;
import id.jamsostek.adapters.core.CoreBill;
import id.jamsostek.adapters.core.CoreRejection;
import id.jamsostek.adapters.core.CoreUnavailable;
import id.jamsostek.adapters.core.Deadline;
import id.jamsostek.adapters.core.PaymentPosting;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Posts one accepted payment at the core, with its payment key as the Idempotency-Key, and says how it went.
 * A payment accepted without a readable bill is first looked up by its key (it may have been posted by an attempt
 * whose answer was lost), then matched against the open bill.
 */
@Component
public class PaymentDelivery {

    public sealed interface Outcome {
        record Posted(String corePaymentId) implements Outcome {}

        record Rejected(String reason) implements Outcome {}

        record Unknown(String reason) implements Outcome {}
    }

    private final BillingClient billing;
    private final BankPaymentStore payments;

    public PaymentDelivery(BillingClient billing, BankPaymentStore payments) {
        this.billing = billing;
        this.payments = payments;
    }

    public Mono<Outcome> attempt(BankPayment payment, Deadline deadline) {
        Mono<Outcome> delivered = payment.billId() != null
                ? post(payment, payment.billId(), deadline)
                : billing.postedUnder(payment.paymentKey(), deadline)
                        .<Outcome>map(receipt -> new Outcome.Posted(receipt.paymentId()))
                        .onErrorResume(CoreRejection.class, notPosted -> billOf(payment, deadline)
                                .flatMap(billId -> post(payment, billId, deadline)));
        return delivered
                .onErrorResume(CoreRejection.class, rejection -> Mono.just(new Outcome.Rejected(rejection.slug())))
                .onErrorResume(CoreUnavailable.class,
                        unavailable -> Mono.just(new Outcome.Unknown(unavailable.reason().name())));
    }

    private Mono<Outcome> post(BankPayment payment, String billId, Deadline deadline) {
        PaymentPosting posting = new PaymentPosting(billId, payment.customerNo(), payment.amount(),
                payment.acceptedAt().atOffset(ZoneOffset.ofHours(7)), PaymentPosting.Channel.BANK,
                payment.partnerId(), payment.paymentRequestId());
        return billing.post(posting, payment.paymentKey(), deadline)
                .map(receipt -> new Outcome.Posted(receipt.paymentId()));
    }

    /** The open bill this unverified payment pays, if it may: the same amount, unpaid, no other payment on it. */
    private Mono<String> billOf(BankPayment payment, Deadline deadline) {
        return billing.openBill(payment.customerNo(), deadline).flatMap(bill -> {
            if (bill.status() == CoreBill.Status.PAID) {
                return reject(CoreRejection.BILL_ALREADY_PAID);
            }
            if (bill.status() == CoreBill.Status.EXPIRED) {
                return reject(CoreRejection.BILL_EXPIRED);
            }
            if (!bill.totalAmount().equals(payment.amount())) {
                return reject(CoreRejection.AMOUNT_MISMATCH);
            }
            return payments.attachBill(payment.id(), bill.billId())
                    .flatMap(attached -> attached ? Mono.just(bill.billId()) : reject(CoreRejection.BILL_ALREADY_PAID));
        });
    }

    private static <T> Mono<T> reject(String reason) {
        return Mono.error(new CoreRejection(BillingClient.SERVICE, reason, 409));
    }
}
