package id.jamsostek.adapters.core;

import id.jamsostek.contracts.Money;
import java.time.OffsetDateTime;

/**
 * A payment to post on a bill at the core (contracts/core PaymentPosting); {@code billId} null: on the customer
 * number's open bill, whatever it is then, which the receipt names.
 */
public record PaymentPosting(
        String billId,
        String customerNo,
        Money amount,
        OffsetDateTime paidAt,
        Channel channel,
        String partnerId,
        String reference) {

    public enum Channel { BANK, VILLAGE, EMPLOYER }
}
