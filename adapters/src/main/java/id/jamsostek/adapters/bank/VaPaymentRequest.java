package id.jamsostek.adapters.bank;

/**
 * The fields of a SNAP virtual-account payment (service 25) the biller acts on or echoes. The body was validated
 * against contracts/bank/schemas/PaymentRequest.json before it is read into this record.
 */
public record VaPaymentRequest(
        String partnerServiceId,
        String customerNo,
        String virtualAccountNo,
        String paymentRequestId,
        String trxId,
        SnapAmount paidAmount,
        SnapAmount totalAmount,
        String trxDateTime,
        String referenceNo,
        String journalNum,
        String paymentType,
        String flagAdvise) {}
