package id.jamsostek.gateway.payment;

import id.jamsostek.adapters.core.CoreBill;
import id.jamsostek.contracts.Money;
import java.time.Instant;

/** What a bank's inquiry showed of a virtual account: enough to check its payment while the core is down. */
public record BillSnapshot(String billId, Money totalAmount, CoreBill.Status status, String holderNameMasked,
        String billDetails, Instant fetchedAt) {}
