package id.jamsostek.core.simulator.model;

import id.jamsostek.core.simulator.tariff.ContributionBreakdown;
import id.jamsostek.core.simulator.tariff.Segment;
import java.time.YearMonth;

/**
 * The source of a village's collective code: its bills are made on request ({@code POST /core/v1/collective-bills}),
 * each for the members qualifying then, so the account itself never owes a month.
 */
public record BilledOnRequest() implements ContributionSource {

    @Override
    public Segment segment() {
        return Segment.BPU;
    }

    @Override
    public ContributionBreakdown contributionFor(YearMonth period) {
        return ContributionBreakdown.NONE;
    }

    @Override
    public boolean billsEveryMonth() {
        return false;
    }
}
