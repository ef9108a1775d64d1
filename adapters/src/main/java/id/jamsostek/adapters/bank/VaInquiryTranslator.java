package id.jamsostek.adapters.bank;

import id.jamsostek.adapters.core.CoreBill;
import id.jamsostek.adapters.masking.NameMask;
import id.jamsostek.contracts.Money;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers a SNAP inquiry with the core's open bill: one closed bill, one detail line per program summed over
 * the months (at most as many as the bank shows, the rest folded into one line), free texts naming the days
 * (when the months roll from a registration day) and the months covered, and the holder's name masked.
 */
public final class VaInquiryTranslator {

    public static final String SUCCESS = "2002400";
    private static final int MAX_FREE_TEXTS = 25;
    private static final String CLOSED_PAYMENT = "C";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    /** @param maxLines the most detail lines the bank shows, or null for every line */
    public VaInquiryResponse answer(VaInquiryRequest request, CoreBill bill, Integer maxLines) {
        return new VaInquiryResponse(SUCCESS, "Successful", new VaInquiryResponse.VirtualAccountData(
                "00",
                new SnapText("Success", "Sukses"),
                request.partnerServiceId(),
                request.customerNo(),
                request.virtualAccountNo(),
                NameMask.mask(bill.holderName()),
                request.inquiryRequestId(),
                SnapAmount.of(bill.totalAmount()),
                billDetails(bill, maxLines),
                freeTexts(bill),
                CLOSED_PAYMENT,
                null,
                null));
    }

    /**
     * One line per program; when there are more than {@code maxLines}, the first {@code maxLines - 1} and one
     * "other" line carrying the sum of the rest, so that the lines still add up to the total.
     */
    public static List<VaInquiryResponse.BillDetail> billDetails(CoreBill bill, Integer maxLines) {
        List<CoreBill.Line> lines = bill.lines();
        if (maxLines == null || lines.size() <= maxLines) {
            return lines.stream().map(line -> detail(ProgramLabels.of(line.program()), line.amount())).toList();
        }
        List<VaInquiryResponse.BillDetail> details = new ArrayList<>();
        lines.subList(0, maxLines - 1).forEach(line -> details.add(detail(ProgramLabels.of(line.program()),
                line.amount())));
        details.add(detail(ProgramLabels.folded(), lines.subList(maxLines - 1, lines.size()).stream()
                .map(CoreBill.Line::amount).reduce(Money.ZERO, Money::plus)));
        return List.copyOf(details);
    }

    private static VaInquiryResponse.BillDetail detail(ProgramLabels.Label label, Money amount) {
        return new VaInquiryResponse.BillDetail(label.code(), null, label.shortName(), label.shortName(),
                label.description(), SnapAmount.of(amount), null);
    }

    /** The days covered first, when the months roll from a registration day; then the months. */
    static List<SnapText> freeTexts(CoreBill bill) {
        List<SnapText> texts = new ArrayList<>();
        if (bill.coverage() != null) {
            String from = DAY.format(bill.coverage().from());
            String to = DAY.format(bill.coverage().to());
            texts.add(new SnapText("Covered " + from + " to " + to, "Masa " + from + " s.d. " + to));
        }
        texts.addAll(monthTexts(bill.periods(), MAX_FREE_TEXTS - texts.size()));
        return List.copyOf(texts);
    }

    private static List<SnapText> monthTexts(List<YearMonth> periods, int room) {
        if (periods.size() <= room) {
            return periods.stream().map(p -> new SnapText("Contribution " + p, "Iuran " + p)).toList();
        }
        YearMonth first = periods.getFirst();
        YearMonth last = periods.getLast();
        return List.of(new SnapText("Contribution " + first + " to " + last, "Iuran " + first + " s.d. " + last));
    }
}
