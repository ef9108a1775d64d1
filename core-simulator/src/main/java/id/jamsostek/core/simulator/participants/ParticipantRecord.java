package id.jamsostek.core.simulator.participants;

import id.jamsostek.core.simulator.model.Membership;
import java.time.YearMonth;

/**
 * A membership with how far it is paid, as looked at now.
 *
 * @param paidUpTo the last month paid for; null when nothing was paid yet
 * @param activeThisMonth paidUpTo is the current month or later
 */
public record ParticipantRecord(Membership membership, YearMonth paidUpTo, boolean activeThisMonth) {
}
