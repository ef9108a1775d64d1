package id.jamsostek.core.simulator.participants;

import id.jamsostek.contracts.Money;
import id.jamsostek.contracts.Sex;
import id.jamsostek.core.simulator.model.ContributionPayer;
import id.jamsostek.core.simulator.model.Identifiers;
import id.jamsostek.core.simulator.model.ParticipantRole;
import id.jamsostek.core.simulator.tariff.BpuTerms;
import id.jamsostek.core.simulator.tariff.Program;
import id.jamsostek.core.simulator.tariff.Sector;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;

/**
 * The body of {@code POST /core/v1/enrollments} once it has passed the contract's schema. Two commands under one
 * Idempotency-Key are the same when these values are equal (programs as a set: their order does not matter).
 */
public record EnrollmentCommand(String nik, String fullName, LocalDate birthDate, Sex sex, String villageCode,
        String address, String occupation, ParticipantRole role, Money incomeBand, Set<Program> programs,
        ContributionPayer payer, Sector sector, YearMonth firstMonth, String channel, String partnerId) {

    public static final String AGENT_CHANNEL = "AGENT";

    public EnrollmentCommand {
        programs = programs.isEmpty() ? EnumSet.noneOf(Program.class) : EnumSet.copyOf(programs);
    }

    /** Enrollments through the agent channel are registered by the partner, a Perisai agent, that sent them. */
    public String agentId() {
        return AGENT_CHANNEL.equals(channel) ? partnerId : null;
    }

    public boolean withJht() {
        return programs.contains(Program.JHT);
    }

    /** What the participant's contributions are computed from. */
    public BpuTerms terms() {
        return new BpuTerms(incomeBand, withJht(), sector, payer.type());
    }

    /** Personal data stays out: a record's default toString would print the NIK and the name. */
    @Override
    public String toString() {
        return "EnrollmentCommand[nik=" + Identifiers.masked(nik) + ", village=" + villageCode + ", role=" + role
                + ", payer=" + payer.type() + ", sector=" + sector + ", firstMonth=" + firstMonth + "]";
    }
}
