package id.jamsostek.core.simulator.billing;

import id.jamsostek.contracts.Money;
import id.jamsostek.core.simulator.model.Identifiers;
import java.time.Instant;
import java.time.OffsetDateTime;

/** A payment posted against a bill: the receipt's content. */
public record Posting(String paymentId, String idempotencyKey, String billId, String customerNo, Money amount,
        Instant paidAt, OffsetDateTime postedAt, Channel channel, String partnerId, String reference) {

    @Override
    public String toString() {
        return "Posting[" + paymentId + ", bill=" + billId + ", customerNo=" + Identifiers.masked(customerNo)
                + ", amount=" + amount + "]";
    }
}
