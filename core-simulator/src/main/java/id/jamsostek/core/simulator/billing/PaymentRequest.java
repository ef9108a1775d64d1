package id.jamsostek.core.simulator.billing;

import id.jamsostek.contracts.Money;
import java.time.Instant;

/**
 * A request to post a payment of a bill, as parsed (currency is always IDR); no billId: the customer number's open bill. Two requests under one idempotency key
 * are the same when these values are equal: the JSON's key order or spacing do not matter.
 */
public record PaymentRequest(String billId, String customerNo, Money amount, Instant paidAt, Channel channel,
        String partnerId, String reference) {
}
