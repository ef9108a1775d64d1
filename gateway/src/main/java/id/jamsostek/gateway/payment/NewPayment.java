package id.jamsostek.gateway.payment;

import id.jamsostek.contracts.Money;

/** A payment about to be accepted; billId is null when the bill could not be read. */
public record NewPayment(
        String paymentKey,
        String partnerId,
        String companyCode,
        String customerNo,
        String virtualAccountNo,
        String paymentRequestId,
        String holderNameMasked,
        String billId,
        String billDetails,
        Money amount) {}
