package id.jamsostek.core.simulator.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.jamsostek.core.simulator.billing.Bill;
import id.jamsostek.core.simulator.billing.BillView;
import id.jamsostek.core.simulator.billing.Posting;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The JSON shapes of the core API: money as strings with two decimals, dates as ISO-8601 strings. */
final class WireBodies {

    static final String CURRENCY = "IDR";

    private WireBodies() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BillBody(String billId, String customerNo, String accountType, String holderName, String status,
            String currency, String totalAmount, List<String> periods, String dueDate, String expiresAt,
            List<BillLineBody> lines, Integer members, String coverageFrom, String coverageTo) {
    }

    record BillLineBody(String program, String amount, boolean informational) {
    }

    record ReceiptBody(String paymentId, String billId, String customerNo, String amount, String currency,
            String postedAt, String status, BillBody bill) {
    }

    static BillBody bill(BillView view) {
        Bill bill = view.bill();
        return new BillBody(bill.billId(), bill.customerNo(), bill.accountType().name(), bill.holderName(),
                view.status().name(), CURRENCY, bill.total().toWire(),
                bill.periods().stream().map(Object::toString).toList(), bill.dueDate().toString(),
                bill.expiresAt() == null ? null : bill.expiresAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                bill.lines().stream()
                        .map(l -> new BillLineBody(l.program().name(), l.amount().toWire(), l.informational()))
                        .toList(),
                bill.memberKpjs().isEmpty() ? null : bill.memberKpjs().size(),
                bill.coveredDays() == null ? null : bill.coveredDays().from().toString(),
                bill.coveredDays() == null ? null : bill.coveredDays().to().toString());
    }

    static ReceiptBody receipt(Posting posting, BillView paid) {
        return new ReceiptBody(posting.paymentId(), posting.billId(), posting.customerNo(), posting.amount().toWire(),
                CURRENCY, posting.postedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), "POSTED", bill(paid));
    }
}
