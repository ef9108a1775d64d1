package id.jamsostek.adapters.bank;

import id.jamsostek.adapters.masking.NameMask;
import java.util.List;

/**
 * Builds the answer to a SNAP payment from the verdict: the request's own fields echoed, the masked name and the
 * bill's lines as the inquiry showed them, and the payment flag that tells the bank the real outcome.
 */
public final class VaPaymentTranslator {

    public VaPaymentResponse answer(String responseCode, String responseMessage, VaPaymentRequest request,
            PaymentFlag flag, String holderNameMasked, List<VaInquiryResponse.BillDetail> billDetails) {
        return new VaPaymentResponse(responseCode, responseMessage, new VaPaymentResponse.VirtualAccountData(
                flag.reason(),
                request.partnerServiceId(),
                request.customerNo(),
                request.virtualAccountNo(),
                holderNameMasked == null ? NameMask.UNKNOWN : holderNameMasked,
                request.trxId(),
                request.paymentRequestId(),
                request.paidAmount(),
                request.totalAmount(),
                request.trxDateTime(),
                request.referenceNo(),
                request.journalNum(),
                request.paymentType(),
                request.flagAdvise(),
                flag.code(),
                billDetails == null || billDetails.isEmpty() ? null : billDetails));
    }
}
