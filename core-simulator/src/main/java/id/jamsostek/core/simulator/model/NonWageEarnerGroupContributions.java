package id.jamsostek.core.simulator.model;

import id.jamsostek.core.simulator.tariff.ContributionBreakdown;
import id.jamsostek.core.simulator.tariff.NonWageEarnerContributions;
import id.jamsostek.core.simulator.tariff.Segment;
import java.time.YearMonth;
import java.util.List;

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
}
