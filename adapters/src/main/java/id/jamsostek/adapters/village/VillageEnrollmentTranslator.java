package id.jamsostek.adapters.village;

import id.jamsostek.adapters.core.CoreBill;
import id.jamsostek.adapters.core.Enrollment;
import id.jamsostek.adapters.core.EnrollmentResult;
import id.jamsostek.contracts.Money;
import java.time.LocalDate;
import java.time.YearMonth;

/** Maps a village registry's enrollment form onto the core's enrollment command, and the core's result back. */
public final class VillageEnrollmentTranslator {

    public static final String CHANNEL = "VILLAGE";

    public Enrollment toCommand(VillageEnrollmentForm form, String partnerId) {
        return new Enrollment(form.nik(), form.fullName().strip(), LocalDate.parse(form.birthDate()), form.sex(),
                form.villageCode(), form.address().strip(), form.occupation().strip(), form.role(),
                Money.parse(form.incomeBand()), form.programs(),
                new Enrollment.Payer(form.payer().type(), form.payer().donorId()), YearMonth.parse(form.firstMonth()),
                CHANNEL, partnerId);
    }

    public VillageEnrollmentAnswer toAnswer(EnrollmentResult result) {
        CoreBill bill = result.firstBill();
        return new VillageEnrollmentAnswer(result.kpj(), "ENROLLED", result.villageCode(),
                new VillageEnrollmentAnswer.Bill(bill.billId(), bill.customerNo(), bill.totalAmount().toWire(),
                        bill.periods().stream().map(YearMonth::toString).toList(), bill.dueDate().toString(),
                        bill.lines().stream().map(line -> new VillageEnrollmentAnswer.Line(line.program(),
                                line.amount().toWire(), line.informational())).toList()));
    }
}
