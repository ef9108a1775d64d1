package id.jamsostek.adapters.payer;

import id.jamsostek.adapters.core.Enrollment;
import id.jamsostek.adapters.core.ParticipantRecord;
import id.jamsostek.adapters.core.Sponsorship;
import id.jamsostek.adapters.village.VillageEnrollmentForm;
import id.jamsostek.adapters.village.VillageEnrollmentTranslator;
import id.jamsostek.adapters.village.VillageParticipantStatus;
import id.jamsostek.contracts.Nik;
import java.time.YearMonth;

/**
 * Maps the payer channel's forms onto the core's commands and the core's records back, masked as every channel shows
 * a person: NIK and name masked, the rest as the core has it (contracts/payer).
 */
public final class PayerTranslator {

    /** The core's channel of an agent's registrations: the core keeps which agent registered whom. */
    public static final String AGENT_CHANNEL = "AGENT";
    /** An informal worker holds none of the village's roles. */
    static final String AGENT_WORKER_ROLE = "OTHER";
    static final String SELF = "SELF";

    private final VillageEnrollmentTranslator village = new VillageEnrollmentTranslator();

    /** The village's form of the same person: the roles and payers of a village are not the agent's to name. */
    public VillageEnrollmentForm asVillageForm(AgentEnrollmentForm form) {
        return new VillageEnrollmentForm(form.nik(), form.fullName(), form.birthDate(), form.sex(), form.villageCode(),
                form.address(), form.occupation(), AGENT_WORKER_ROLE, form.incomeBand(), form.programs(),
                new VillageEnrollmentForm.Payer(SELF, null), form.sector(), form.firstMonth());
    }

    public Enrollment toCommand(AgentEnrollmentForm form, String agentId) {
        return village.toCommand(asVillageForm(form), AGENT_CHANNEL, agentId);
    }

    public VillageParticipantStatus toStatus(ParticipantRecord record) {
        return village.toStatus(record);
    }

    /** A new sponsorship as the donor sees it: its months, the participant by KPJ and masked NIK. */
    public SponsorshipView toView(Sponsorship sponsorship, String nik) {
        return new SponsorshipView(sponsorship.kpj(), Nik.of(nik).masked(), month(sponsorship.from()),
                month(sponsorship.to()), null);
    }

    /** A participant the donor pays for, with the months, masked. */
    public SponsorshipView toView(Sponsorship sponsorship) {
        return new SponsorshipView(sponsorship.kpj(), null, month(sponsorship.from()), month(sponsorship.to()),
                toStatus(sponsorship.participant()));
    }

    private static String month(YearMonth month) {
        return month == null ? null : month.toString();
    }
}
