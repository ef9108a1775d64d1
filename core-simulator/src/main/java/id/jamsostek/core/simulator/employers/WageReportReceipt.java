package id.jamsostek.core.simulator.employers;

import id.jamsostek.contracts.EmployerRef;
import java.time.YearMonth;

/**
 * What taking a wage report version into force answered; a replay of that version answers it again.
 *
 * @param supersededVersion the version it replaced, null for the month's first
 * @param employees how many wages it carries
 * @param leavers how many leavers it carries
 */
public record WageReportReceipt(EmployerRef employer, YearMonth period, int version, Integer supersededVersion,
        int employees, int leavers) {
}
