package id.jamsostek.gateway.payment;

import id.jamsostek.contracts.Money;

/** A payment about to be accepted: what the bank sent. The bill it pays is the core's to say, on posting. */
public record NewPayment(
        String paymentKey,
        String partnerId,
        String companyCode,
        String customerNo,
        String virtualAccountNo,
        String paymentRequestId,
        Money amount) {}
