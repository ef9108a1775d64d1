package id.jamsostek.adapters.bank;

import id.jamsostek.adapters.core.CoreBill;
import id.jamsostek.adapters.masking.NameMask;
import java.time.YearMonth;
import java.util.List;

/**
 * Answers a SNAP inquiry with the core's open bill: one closed bill, one detail line per program summed over
 * the months, free texts naming the months covered, and the holder's name masked.
 */
public final class VaInquiryTranslator {

    public static final String SUCCESS = "2002400";
    private static final int MAX_FREE_TEXTS = 25;
    private static final String CLOSED_PAYMENT = "C";

    public VaInquiryResponse answer(VaInquiryRequest request, CoreBill bill) {
        return new VaInquiryResponse(SUCCESS, "Successful", new VaInquiryResponse.VirtualAccountData(
                "00",
                new SnapText("Success", "Sukses"),
                request.partnerServiceId(),
                request.customerNo(),
                request.virtualAccountNo(),
                NameMask.mask(bill.holderName()),
                request.inquiryRequestId(),
                SnapAmount.of(bill.totalAmount()),
                billDetails(bill),
                freeTexts(bill.periods()),
                CLOSED_PAYMENT,
                null,
                null));
    }

    public static List<VaInquiryResponse.BillDetail> billDetails(CoreBill bill) {
        return bill.lines().stream().map(line -> {
            ProgramLabels.Label label = ProgramLabels.of(line.program());
            return new VaInquiryResponse.BillDetail(label.code(), null, label.shortName(), label.shortName(),
                    label.description(), SnapAmount.of(line.amount()), null);
        }).toList();
    }

    static List<SnapText> freeTexts(List<YearMonth> periods) {
        if (periods.size() <= MAX_FREE_TEXTS) {
            return periods.stream().map(p -> new SnapText("Contribution " + p, "Iuran " + p)).toList();
        }
        YearMonth first = periods.getFirst();
        YearMonth last = periods.getLast();
        return List.of(new SnapText("Contribution " + first + " to " + last, "Iuran " + first + " s.d. " + last));
    }
}
