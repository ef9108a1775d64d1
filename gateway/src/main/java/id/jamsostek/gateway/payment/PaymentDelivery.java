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
 * Posts one accepted payment at the core, with its payment key as the Idempotency-Key, and says how it went. It is
 * posted on the customer number's open bill: the core refuses a wrong amount, a paid or an expired bill, and names the
 * bill it paid on the receipt, in one round trip. The same posting again (the relay after a lost answer) is the same
 * request under the same key: the core answers with the first receipt, never a second posting.
 */
@Component
public class PaymentDelivery {

    public sealed interface Outcome {
        record Posted(String corePaymentId, CoreBill bill) implements Outcome {}

        record Rejected(String reason) implements Outcome {}

        record Unknown(String reason) implements Outcome {}
    }

    private final BillingClient billing;

    public PaymentDelivery(BillingClient billing) {
        this.billing = billing;
    }

    public Mono<Outcome> attempt(BankPayment payment, Deadline deadline) {
        PaymentPosting posting = new PaymentPosting(null, payment.customerNo(), payment.amount(),
                payment.acceptedAt().atOffset(ZoneOffset.ofHours(7)), PaymentPosting.Channel.BANK,
                payment.partnerId(), payment.paymentRequestId());
        return billing.post(posting, payment.paymentKey(), deadline)
                // the core keeps only postings: a key it knows with another body (a payment first posted naming its
                // bill, before postings named none) was posted, and its receipt is the outcome
                .onErrorResume(CoreRejection.class, rejection -> rejection.is(CoreRejection.IDEMPOTENCY_KEY_REUSED)
                        ? billing.postedUnder(payment.paymentKey(), deadline) : Mono.error(rejection))
                .<Outcome>map(receipt -> new Outcome.Posted(receipt.paymentId(), receipt.bill()))
                .onErrorResume(CoreRejection.class, rejection -> Mono.just(new Outcome.Rejected(rejection.slug())))
                .onErrorResume(CoreUnavailable.class,
                        unavailable -> Mono.just(new Outcome.Unknown(unavailable.reason().name())));
    }
}
