package id.jamsostek.core.simulator.participants;

import id.jamsostek.core.simulator.model.Membership;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A membership with how far it is paid, as looked at now.
 *
 * @param paidUpTo the last month paid for; null when nothing was paid yet
 * @param activeThisMonth paidUpTo is the current month or later
 * @param coveredUntil the last day the paid-up period covers (months roll from the registration day); null when
 *     nothing was paid yet
 */
public record ParticipantRecord(Membership membership, YearMonth paidUpTo, boolean activeThisMonth,
        LocalDate coveredUntil) {
}
