package id.jamsostek.adapters.village;

import id.jamsostek.adapters.core.CollectiveBillPreview;
import id.jamsostek.adapters.core.Renewals;
import java.util.List;

/**
 * Participants to keep active as village software sees them (contracts/village/schemas/Renewals.json and the
 * renewals part of CollectiveBillPreview.json): masked as a search shows them.
 */
public record VillageRenewals(String villageCode, String payerType, String asOf,
        List<VillageParticipantStatus> endingThisMonth, List<VillageParticipantStatus> lapsed) {

    private static final VillageEnrollmentTranslator STATUSES = new VillageEnrollmentTranslator();

    /** @param payerType only this payer's participants were asked for; null: every payer */
    public static VillageRenewals of(String villageCode, String payerType, Renewals renewals) {
        return new VillageRenewals(villageCode, payerType, renewals.asOf().toString(),
                renewals.endingThisMonth().stream().map(STATUSES::toStatus).toList(),
                renewals.lapsed().stream().map(STATUSES::toStatus).toList());
    }

    /** A collective bill's preview: its members and amounts, and the renewals of the village budget's people. */
    public record Preview(String villageCode, String period, boolean billed, int members, String totalAmount,
            List<VillageEnrollmentAnswer.Line> lines, String dueDate, String asOf,
            List<VillageParticipantStatus> endingThisMonth, List<VillageParticipantStatus> lapsed) {

        public static Preview of(String villageCode, CollectiveBillPreview preview) {
            VillageRenewals renewals = VillageRenewals.of(villageCode, "VILLAGE_BUDGET", preview.renewals());
            return new Preview(villageCode, preview.period().toString(), preview.billed(), preview.members(),
                    preview.totalAmount().toWire(), preview.lines().stream().filter(line -> !line.informational())
                            .map(line -> new VillageEnrollmentAnswer.Line(line.program(), line.amount().toWire(),
                                    false)).toList(),
                    preview.dueDate().toString(), renewals.asOf(), renewals.endingThisMonth(), renewals.lapsed());
        }
    }
}
