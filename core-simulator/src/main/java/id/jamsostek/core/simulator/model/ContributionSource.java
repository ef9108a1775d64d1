package id.jamsostek.core.simulator.model;

import id.jamsostek.core.simulator.tariff.ContributionBreakdown;
import id.jamsostek.core.simulator.tariff.Segment;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** What a billing account owes for one period, and under which segment's rules it is billed. */
public interface ContributionSource {

    Segment segment();

    ContributionBreakdown contributionFor(YearMonth period);

    /** False for an account that owes nothing by itself and shows only the bills made for it on request. */
    default boolean billsEveryMonth() {
        return true;
    }

    /**
     * Called under the account's lock when a bill covering these periods has been paid, so a source can keep what
     * was paid for them (an employer's contribution bills of paid months do not change afterwards).
     */
    default void paid(List<YearMonth> periods, String billId, LocalDate paidOn) {
    }
}
