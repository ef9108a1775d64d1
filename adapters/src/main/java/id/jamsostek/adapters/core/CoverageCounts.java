package id.jamsostek.adapters.core;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The core's raw participant counts per village of a region for a month (contracts/core CoverageCounts): only villages
 * with at least one participant of either segment, ordered by villageCode. The working population is not the core's:
 * the gateway adds it.
 */
public record CoverageCounts(String regionPrefix, YearMonth month, List<Village> villages) {

    /** Every role key of CountsByRole (common/schemas/ParticipantRole.json), in the contract's order. */
    public static final List<String> ROLES = List.of("VILLAGE_OFFICIAL", "BPD_MEMBER", "RT_RW", "CADRE",
            "NON_ASN_STAFF", "VULNERABLE_WORKER", "OTHER");
    /** Every payer key of CountsByPayer, in the contract's order. */
    public static final List<String> PAYERS = List.of("SELF", "VILLAGE_BUDGET", "REGENCY_BUDGET", "DONOR");

    public CoverageCounts {
        villages = List.copyOf(villages);
    }

    /**
     * One village's counts: non-wage earners registered there (byRole and byPayer each sum to enrolled) and wage
     * earners of employers whose address is there.
     */
    public record Village(String villageCode, long enrolled, long activeThisMonth, long activeWageEarners,
            Map<String, Long> byRole, Map<String, Long> byPayer) {

        public Village {
            byRole = Map.copyOf(byRole);
            byPayer = Map.copyOf(byPayer);
        }
    }
}
