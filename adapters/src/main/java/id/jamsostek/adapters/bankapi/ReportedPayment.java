package id.jamsostek.adapters.bankapi;

import id.jamsostek.adapters.bank.PaymentFlag;
import id.jamsostek.contracts.Money;
import id.jamsostek.contracts.VirtualAccountNo;

/**
 * A payment as the bank records it, from its status answer (26) or its report (35). The holder's name and contact
 * details the bank may add are not kept.
 *
 * @param paidAmount   what the bank paid; null if it did not say
 * @param totalAmount  the bill's total as the bank saw it; null if it did not say
 * @param trxDateTime  the bank's transaction time exactly as sent (banks differ in format); null if absent
 * @param flag         the bank's paymentFlagStatus; null where it gives none (report entries usually)
 */
public record ReportedPayment(
        VirtualAccountNo virtualAccount,
        String inquiryRequestId,
        String paymentRequestId,
        String trxId,
        Money paidAmount,
        Money totalAmount,
        String trxDateTime,
        String referenceNo,
        String flagAdvise,
        PaymentFlag flag) {}
