package id.jamsostek.adapters.bank;

/**
 * The fields of a SNAP virtual-account inquiry (service 24) the biller acts on. The body was validated against
 * contracts/bank/schemas/InquiryRequest.json before it is read into this record; unknown fields are ignored.
 */
public record VaInquiryRequest(
        String partnerServiceId,
        String customerNo,
        String virtualAccountNo,
        String inquiryRequestId,
        String trxDateInit,
        Integer channelCode,
        String language) {}
