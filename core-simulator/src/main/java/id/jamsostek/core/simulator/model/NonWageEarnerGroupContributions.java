package id.jamsostek.core.simulator.model;

import id.jamsostek.core.simulator.tariff.ContributionBreakdown;
import id.jamsostek.core.simulator.tariff.NonWageEarnerContributions;
import id.jamsostek.core.simulator.tariff.Segment;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** One non-wage earner paying alone, or several paid together by one payer (a village's collective code). */
public record NonWageEarnerGroupContributions(List<NonWageEarner> members, NonWageEarnerContributions tariff)
        implements ContributionSource {

    public NonWageEarnerGroupContributions {
        members = List.copyOf(members);
    }

    @Override
    public Segment segment() {
        return Segment.BPU;
    }

    @Override
    public ContributionBreakdown contributionFor(YearMonth period) {
        return members.stream()
                .map(member -> tariff.monthly(member.terms(), period))
                .reduce(ContributionBreakdown.NONE, ContributionBreakdown::plus);
    }

    @Override
    public Optional<String> soleParticipant() {
        return members.size() == 1 ? Optional.of(members.getFirst().kpj()) : Optional.empty();
    }

    /** A participant paying alone has its own periods; a group has members with different registration days. */
    @Override
    public Optional<RollingPeriods> rollingPeriods() {
        return members.size() == 1 ? Optional.of(new RollingPeriods(members.getFirst().registeredOn()))
                : Optional.empty();
    }
}
