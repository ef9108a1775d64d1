package id.jamsostek.adapters.payer;

import id.jamsostek.adapters.core.CollectiveBillPreview;
import id.jamsostek.adapters.core.Renewals;
import id.jamsostek.adapters.village.VillageParticipantStatus;
import java.util.List;

/**
 * Participants to keep active as a donor or an agent sees them (contracts/payer/schemas/PayerRenewals.json and the
 * renewals part of PayerCollectiveBillPreview.json): only those whose next month to pay is the payer's, masked as
 * every channel shows a person.
 *
 * @param payerKind DONOR or AGENT
 */
public record PayerRenewals(String payerKind, String asOf, List<VillageParticipantStatus> endingThisMonth,
        List<VillageParticipantStatus> lapsed) {

    private static final PayerTranslator STATUSES = new PayerTranslator();

    public static PayerRenewals of(String payerKind, Renewals renewals) {
        return new PayerRenewals(payerKind, renewals.asOf().toString(),
                renewals.endingThisMonth().stream().map(STATUSES::toStatus).toList(),
                renewals.lapsed().stream().map(STATUSES::toStatus).toList());
    }

    /** One program's amount, as the payer's collective bill shows it. */
    public record Line(String program, String amount) {}

    /** The payer's collective bill of a month as it stands or would be made now, with the payer's renewals. */
    public record Preview(String payerKind, String period, boolean billed, int members, String totalAmount,
            List<Line> lines, String dueDate, String asOf, List<VillageParticipantStatus> endingThisMonth,
            List<VillageParticipantStatus> lapsed) {

        public static Preview of(String payerKind, CollectiveBillPreview preview) {
            PayerRenewals renewals = PayerRenewals.of(payerKind, preview.renewals());
            return new Preview(payerKind, preview.period().toString(), preview.billed(), preview.members(),
                    preview.totalAmount().toWire(), preview.lines().stream().filter(line -> !line.informational())
                            .map(line -> new Line(line.program(), line.amount().toWire())).toList(),
                    preview.dueDate().toString(), renewals.asOf(), renewals.endingThisMonth(), renewals.lapsed());
        }
    }
}
