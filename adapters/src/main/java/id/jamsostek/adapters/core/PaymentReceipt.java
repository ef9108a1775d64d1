package id.jamsostek.adapters.core;

import id.jamsostek.contracts.Money;
import java.time.OffsetDateTime;

/** The core's proof that a payment was posted, with the bill it paid (contracts/core PaymentReceipt). */
public record PaymentReceipt(
        String paymentId,
        String billId,
        String customerNo,
        Money amount,
        OffsetDateTime postedAt,
        CoreBill bill,
        boolean replayed) {}
