package id.jamsostek.core.simulator.participants;

import id.jamsostek.core.simulator.model.ParticipantRole;
import id.jamsostek.core.simulator.tariff.PayerType;
import java.util.Map;

/** Participant counts of one village; byRole and byPayer hold every key (0 included) and each sum to enrolled. */
public record VillageCoverage(String villageCode, int enrolled, int activeThisMonth,
        Map<ParticipantRole, Integer> byRole, Map<PayerType, Integer> byPayer) {
}
