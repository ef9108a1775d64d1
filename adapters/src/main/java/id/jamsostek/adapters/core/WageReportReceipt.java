package id.jamsostek.adapters.core;

import id.jamsostek.contracts.EmployerRef;
import java.time.YearMonth;

/**
 * The core took a wage report version into force (contracts/core WageReportReceipt).
 *
 * @param supersededVersion the version it replaced, null for the month's first
 * @param employees how many wages the report carried
 * @param leavers how many leavers it carried
 * @param replayed whether this version with this content was in force already (the same receipt again)
 */
public record WageReportReceipt(EmployerRef employer, YearMonth period, int version, Integer supersededVersion,
        int employees, int leavers, boolean replayed) {}
