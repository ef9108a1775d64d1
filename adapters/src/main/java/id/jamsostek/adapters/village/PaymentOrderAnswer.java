package id.jamsostek.adapters.village;

import id.jamsostek.adapters.core.CoreBill;
import id.jamsostek.contracts.Nik;
import java.time.YearMonth;
import java.util.List;

/**
 * A payment order as village software sees it (contracts/village/schemas/PaymentOrder.json): the NIK masked, the
 * days covered, only the payable lines.
 */
public record PaymentOrderAnswer(String billId, String customerNo, String nik, List<String> periods,
        String coverageFrom, String coverageTo, String totalAmount, List<VillageEnrollmentAnswer.Line> lines,
        String dueDate, String expiresAt) {

    /** @param bill an order of a participant's own account, which always carries the days it covers */
    public static PaymentOrderAnswer of(CoreBill bill, String nik) {
        if (bill.coverage() == null || bill.expiresAt() == null) {
            throw new IllegalArgumentException("a payment order carries its covered days and expiry");
        }
        return new PaymentOrderAnswer(bill.billId(), bill.customerNo(), Nik.of(nik).masked(),
                bill.periods().stream().map(YearMonth::toString).toList(), bill.coverage().from().toString(),
                bill.coverage().to().toString(), bill.totalAmount().toWire(),
                bill.lines().stream().filter(line -> !line.informational())
                        .map(line -> new VillageEnrollmentAnswer.Line(line.program(), line.amount().toWire(), false))
                        .toList(),
                bill.dueDate().toString(), bill.expiresAt().toString());
    }
}
