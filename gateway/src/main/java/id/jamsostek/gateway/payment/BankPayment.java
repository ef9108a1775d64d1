package id.jamsostek.gateway.payment;

import id.jamsostek.adapters.bank.PaymentFlag;
import id.jamsostek.contracts.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * A bank payment as the gateway holds it (table bank_payment).
 *
 * @param paymentKey   sha256(partner | virtualAccountNo | paymentRequestId): the Idempotency-Key toward the core
 * @param holderNameMasked, billDetails what the answers show of the bill (its SNAP lines as JSON): from the core's
 *                     receipt once posted, from the bank's inquiry while the outcome is unknown; null before
 * @param billId       the bill it paid, from the core's receipt; null until posted
 * @param promised     what the bank was told first (SUCCESS or PENDING); null until it was answered
 * @param rejection    the core's reason when it refused the payment
 */
public record BankPayment(
        UUID id,
        String paymentKey,
        String partnerId,
        String companyCode,
        String customerNo,
        String virtualAccountNo,
        String paymentRequestId,
        String holderNameMasked,
        String billId,
        String billDetails,
        Money amount,
        State state,
        PaymentFlag promised,
        String rejection,
        Instant acceptedAt) {

    public enum State {
        /** durable, on its way to the core */
        ACCEPTED,
        /** the core posted it */
        POSTED,
        /** the core refused it before the bank had an answer: the bank was told so */
        REJECTED,
        /** the core refused it after the bank was told accepted or pending: money to give back */
        REFUND_DUE,
        /** the bank, told pending, says it did not take the money: not to be posted */
        CANCELLED
    }
}
