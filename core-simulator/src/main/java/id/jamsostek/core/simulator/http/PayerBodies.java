package id.jamsostek.core.simulator.http;

import id.jamsostek.core.simulator.billing.Bill;
import id.jamsostek.core.simulator.billing.CollectiveBills;
import id.jamsostek.core.simulator.billing.PrivatePayer;
import id.jamsostek.core.simulator.model.Sponsorship;
import id.jamsostek.core.simulator.participants.ParticipantDirectory.Sponsored;
import id.jamsostek.core.simulator.participants.ParticipantRecord;
import id.jamsostek.core.simulator.participants.Renewals;
import java.time.YearMonth;
import java.util.List;

/** The JSON shapes of the donor and agent operations (contracts/core/schemas/Sponsorship*.json, Agent*.json). */
final class PayerBodies {

    private PayerBodies() {
    }

    record SponsorshipBody(String donorId, String kpj, String fromMonth, String toMonth) {
    }

    /** toMonth null: the donor was named payer at enrollment and pays until that changes. */
    record SponsoredBody(String fromMonth, String toMonth, ParticipantBodies.ParticipantRecordBody participant) {
    }

    record SponsoredParticipantsBody(String donorId, List<SponsoredBody> items) {
    }

    record AgentParticipantsBody(String agentId, List<ParticipantBodies.ParticipantRecordBody> items) {
    }

    record PayerRenewalsBody(String payerKind, String payerId, String asOf,
            List<ParticipantBodies.ParticipantRecordBody> endingThisMonth,
            List<ParticipantBodies.ParticipantRecordBody> lapsed) {
    }

    record PayerCollectiveBillPreviewBody(String payerKind, String payerId, String period, boolean billed, int members,
            String totalAmount, List<WireBodies.BillLineBody> lines, String dueDate, String asOf,
            List<ParticipantBodies.ParticipantRecordBody> endingThisMonth,
            List<ParticipantBodies.ParticipantRecordBody> lapsed) {
    }

    static PayerRenewalsBody renewals(PrivatePayer payer, Renewals renewals) {
        return new PayerRenewalsBody(payer.kind().name(), payer.id(), renewals.asOf().toString(),
                ParticipantBodies.records(renewals.endingThisMonth()), ParticipantBodies.records(renewals.lapsed()));
    }

    static PayerCollectiveBillPreviewBody preview(PrivatePayer payer, YearMonth period,
            CollectiveBills.Previewed previewed, Renewals renewals) {
        Bill bill = previewed.bill();
        PayerRenewalsBody listed = renewals(payer, renewals);
        return new PayerCollectiveBillPreviewBody(listed.payerKind(), listed.payerId(), period.toString(),
                previewed.made(), bill.memberKpjs().size(), bill.total().toWire(), ParticipantBodies.shownLines(bill),
                bill.dueDate().toString(), listed.asOf(), listed.endingThisMonth(), listed.lapsed());
    }

    static SponsorshipBody sponsorship(Sponsorship sponsorship) {
        return new SponsorshipBody(sponsorship.donorId(), sponsorship.kpj(), sponsorship.from().toString(),
                sponsorship.to().toString());
    }

    static SponsoredParticipantsBody sponsored(String donorId, List<Sponsored> sponsored) {
        return new SponsoredParticipantsBody(donorId, sponsored.stream()
                .map(s -> new SponsoredBody(s.from().toString(), s.to() == null ? null : s.to().toString(),
                        ParticipantBodies.record(s.participant())))
                .toList());
    }

    static AgentParticipantsBody agentParticipants(String agentId, List<ParticipantRecord> records) {
        return new AgentParticipantsBody(agentId, records.stream().map(ParticipantBodies::record).toList());
    }
}
