package id.jamsostek.core.simulator.model;

import id.jamsostek.core.simulator.tariff.ContributionBreakdown;
import id.jamsostek.core.simulator.tariff.Segment;
import java.time.YearMonth;

/** What a billing account owes for one period, and under which segment's rules it is billed. */
public interface ContributionSource {

    Segment segment();

    ContributionBreakdown contributionFor(YearMonth period);

    /** False for an account that owes nothing by itself and shows only the bills made for it on request. */
    default boolean billsEveryMonth() {
        return true;
    }
}
