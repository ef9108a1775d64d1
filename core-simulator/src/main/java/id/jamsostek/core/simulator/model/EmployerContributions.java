package id.jamsostek.core.simulator.model;

import id.jamsostek.core.simulator.tariff.ContributionBreakdown;
import id.jamsostek.core.simulator.tariff.Segment;
import id.jamsostek.core.simulator.tariff.WageEarnerContributions;
import java.time.YearMonth;

/** An employer owes the contributions of every employee with a wage for the period, summed per program. */
public record EmployerContributions(Employer employer, ParticipantRegistry registry, WageEarnerContributions tariff)
        implements ContributionSource {

    @Override
    public Segment segment() {
        return Segment.PU;
    }

    @Override
    public ContributionBreakdown contributionFor(YearMonth period) {
        return registry.employeesOf(employer.npp()).stream()
                .flatMap(worker -> worker.wages().wageFor(period).stream())
                .map(wage -> tariff.monthly(wage, employer.riskGroup(), employer.scale(), period))
                .reduce(ContributionBreakdown.NONE, ContributionBreakdown::plus);
    }
}
