package id.jamsostek.gateway.reconciliation;

import id.jamsostek.contracts.Money;
import java.time.OffsetDateTime;

/**
 * One payment the bank reports as done on the day: what its customer was debited for.
 *
 * @param paidAt when the bank says it was paid; null where its report does not say in a form we read
 */
public record BankLine(String paymentRequestId, String virtualAccountNo, Money amount, OffsetDateTime paidAt) {

    /** How the three views meet: the bank's ids of the payment. */
    String matchKey() {
        return virtualAccountNo.strip() + "|" + paymentRequestId;
    }
}
