package id.jamsostek.core.simulator.model;

import id.jamsostek.core.simulator.tariff.Program;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A non-wage earner's BPU membership: one per NIK, registered with a village.
 *
 * @param villageCode the Kemendagri code (10 digits) of the village it is registered with
 * @param programs JKK and JKM, and JHT when chosen, in program order
 * @param firstMonth the first contribution month; nothing before it is owed or counted as paid
 * @param agentId the Perisai agent that registered the participant and collects its contributions; null when none did
 */
public record Membership(NonWageEarner participant, String villageCode, ParticipantRole role, ContributionPayer payer,
        List<Program> programs, YearMonth firstMonth, String agentId) {

    public Membership {
        Objects.requireNonNull(participant, "participant");
        Identifiers.requireDigits(villageCode, 10, 10, "village code");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(payer, "payer");
        programs = programs.stream().sorted().distinct().toList();
        Objects.requireNonNull(firstMonth, "firstMonth");
    }

    public boolean registeredBy(String agent) {
        return agent.equals(agentId);
    }

    public String kpj() {
        return participant.kpj();
    }

    public String nik() {
        return participant.nik();
    }

    public LocalDate enrolledAt() {
        return participant.registeredOn();
    }

    @Override
    public String toString() {
        return "Membership[kpj=" + Identifiers.masked(kpj()) + ", village=" + villageCode + ", role=" + role
                + ", payer=" + payer.type() + (agentId == null ? "" : ", agent=" + agentId) + "]";
    }
}
