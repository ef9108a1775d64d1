package id.jamsostek.core.simulator.http;

import id.jamsostek.core.simulator.model.Sponsorship;
import id.jamsostek.core.simulator.participants.ParticipantDirectory.Sponsored;
import id.jamsostek.core.simulator.participants.ParticipantRecord;
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
