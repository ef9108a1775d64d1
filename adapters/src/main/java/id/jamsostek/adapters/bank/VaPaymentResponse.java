package id.jamsostek.adapters.bank;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The answer to a SNAP virtual-account payment (contracts/bank/schemas/PaymentResponse.json). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VaPaymentResponse(String responseCode, String responseMessage, VirtualAccountData virtualAccountData) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VirtualAccountData(
            SnapText paymentFlagReason,
            String partnerServiceId,
            String customerNo,
            String virtualAccountNo,
            String virtualAccountName,
            String trxId,
            String paymentRequestId,
            SnapAmount paidAmount,
            SnapAmount totalAmount,
            String trxDateTime,
            String referenceNo,
            String journalNum,
            String paymentType,
            String flagAdvise,
            String paymentFlagStatus,
            List<VaInquiryResponse.BillDetail> billDetails) {}
}
