package id.jamsostek.gateway.payment;

import id.jamsostek.adapters.bank.VaInquiryTranslator;
import id.jamsostek.adapters.core.CoreBill;
import id.jamsostek.adapters.masking.NameMask;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a payment's answers show of its bill: the holder's name masked and the bill's SNAP lines as JSON, folded to
 * the most lines the bank's profile shows.
 */
public record PaidBill(String billId, String holderNameMasked, String billDetails) {

    /** @param maxBillLines null: every line */
    public static PaidBill of(CoreBill bill, Integer maxBillLines, JsonMapper json) {
        return new PaidBill(bill.billId(), NameMask.mask(bill.holderName()),
                json.writeValueAsString(VaInquiryTranslator.billDetails(bill, maxBillLines)));
    }
}
