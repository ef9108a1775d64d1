package id.jamsostek.adapters.village;

import id.jamsostek.adapters.core.CoreBill;
import id.jamsostek.adapters.core.Enrollment;
import id.jamsostek.adapters.core.EnrollmentResult;
import id.jamsostek.adapters.core.ParticipantRecord;
import id.jamsostek.adapters.masking.NameMask;
import id.jamsostek.contracts.Nik;
import id.jamsostek.contracts.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/** Maps a village registry's enrollment form onto the core's enrollment command, and the core's result back. */
public final class VillageEnrollmentTranslator {

    public static final String CHANNEL = "VILLAGE";
    /** The contract's default: only transport workers have discount months of their own. */
    static final String OTHER_SECTOR = "OTHER";

    public Enrollment toCommand(VillageEnrollmentForm form, String partnerId) {
        return toCommand(form, CHANNEL, partnerId);
    }

    /** Through another channel that takes the village's form (a Perisai agent's: AGENT, with its id). */
    public Enrollment toCommand(VillageEnrollmentForm form, String channel, String partnerId) {
        return new Enrollment(form.nik(), form.fullName().strip(), LocalDate.parse(form.birthDate()), form.sex(),
                form.villageCode(), form.address().strip(), form.occupation().strip(), form.role(),
                Money.parse(form.incomeBand()), form.programs(),
                new Enrollment.Payer(form.payer().type(), form.payer().donorId()),
                form.sector() == null ? OTHER_SECTOR : form.sector(), YearMonth.parse(form.firstMonth()), channel,
                partnerId);
    }

    /** The status a village may see: NIK and name masked, everything else as the core has it. */
    public VillageParticipantStatus toStatus(ParticipantRecord record) {
        return new VillageParticipantStatus(record.kpj(), Nik.of(record.nik()).masked(),
                NameMask.mask(shownName(record.fullName())), record.villageCode(), record.role(),
                new VillageEnrollmentForm.Payer(record.payer().type(), record.payer().donorId()), record.programs(),
                record.enrolledAt().toString(), record.paidUpTo() == null ? null : record.paidUpTo().toString(),
                record.activeThisMonth(), record.coveredUntil() == null ? null : record.coveredUntil().toString());
    }

    /** The name as the village contract shows it: upper case, letters and . ' - only ("H. AHMAD, S.PD." loses its comma). */
    static String shownName(String fullName) {
        return fullName.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{M} .'-]", "").strip();
    }

    public VillageEnrollmentAnswer toAnswer(EnrollmentResult result) {
        CoreBill bill = result.firstBill();
        return new VillageEnrollmentAnswer(result.kpj(), "ENROLLED", result.villageCode(),
                new VillageEnrollmentAnswer.Bill(bill.billId(), bill.customerNo(), bill.totalAmount().toWire(),
                        bill.periods().stream().map(YearMonth::toString).toList(), bill.dueDate().toString(),
                        bill.lines().stream().filter(line -> !line.informational())
                                .map(line -> new VillageEnrollmentAnswer.Line(line.program(),
                                line.amount().toWire(), line.informational())).toList()));
    }
}
