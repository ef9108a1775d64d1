package id.jamsostek.adapters.bank;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** The successful answer to a SNAP virtual-account inquiry (contracts/bank/schemas/InquiryResponse.json). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VaInquiryResponse(String responseCode, String responseMessage, VirtualAccountData virtualAccountData) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VirtualAccountData(
            String inquiryStatus,
            SnapText inquiryReason,
            String partnerServiceId,
            String customerNo,
            String virtualAccountNo,
            String virtualAccountName,
            String inquiryRequestId,
            SnapAmount totalAmount,
            List<BillDetail> billDetails,
            List<SnapText> freeTexts,
            String virtualAccountTrxType,
            SnapAmount feeAmount,
            Map<String, Object> additionalInfo) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BillDetail(
            String billCode,
            String billNo,
            String billName,
            String billShortName,
            SnapText billDescription,
            SnapAmount billAmount,
            Map<String, Object> additionalInfo) {}
}
