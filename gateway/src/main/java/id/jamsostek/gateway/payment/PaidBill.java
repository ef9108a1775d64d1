package id.jamsostek.gateway.payment;

import id.jamsostek.adapters.bank.VaInquiryResponse;
import id.jamsostek.adapters.bank.VaInquiryTranslator;
import id.jamsostek.adapters.core.CoreBill;
import id.jamsostek.adapters.masking.NameMask;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a payment's answers show of its bill: the holder's name masked and the bill's SNAP lines, folded to the most
 * lines the bank's profile shows, as recorded (JSON) and as the answer to the payment that posts them carries them.
 */
public record PaidBill(String billId, String holderNameMasked, List<VaInquiryResponse.BillDetail> lines,
        String billDetails) {

    /** @param maxBillLines null: every line */
    public static PaidBill of(CoreBill bill, Integer maxBillLines, JsonMapper json) {
        List<VaInquiryResponse.BillDetail> lines = VaInquiryTranslator.billDetails(bill, maxBillLines);
        return new PaidBill(bill.billId(), NameMask.mask(bill.holderName()), lines, json.writeValueAsString(lines));
    }
}
