package id.jamsostek.core.simulator.participants;

import id.jamsostek.core.simulator.model.ParticipantRole;
import id.jamsostek.core.simulator.tariff.PayerType;
import java.util.Map;

/**
 * Participant counts of one village for a month: non-wage earners registered there (enrolled, activeThisMonth,
 * byRole and byPayer, each holding every key, 0 included, and summing to enrolled) and wage earners of employer units
 * whose address is there (activeWageEarners).
 */
public record VillageCoverage(String villageCode, int enrolled, int activeThisMonth, int activeWageEarners,
        Map<ParticipantRole, Integer> byRole, Map<PayerType, Integer> byPayer) {
}
