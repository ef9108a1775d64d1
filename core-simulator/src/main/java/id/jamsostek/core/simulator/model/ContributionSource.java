package id.jamsostek.core.simulator.model;

import id.jamsostek.core.simulator.tariff.ContributionBreakdown;
import id.jamsostek.core.simulator.tariff.Segment;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** What a billing account owes for one period, and under which segment's rules it is billed. */
public interface ContributionSource {

    Segment segment();

    ContributionBreakdown contributionFor(YearMonth period);

    /**
     * The periods of a single non-wage earner, rolling from its registration day; empty where contribution months
     * are calendar months (employers, and several participants billed together).
     */
    default Optional<RollingPeriods> rollingPeriods() {
        return Optional.empty();
    }

    /** The KPJ of the one non-wage earner the account bills alone; empty for every other account. */
    default Optional<String> soleParticipant() {
        return Optional.empty();
    }

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
