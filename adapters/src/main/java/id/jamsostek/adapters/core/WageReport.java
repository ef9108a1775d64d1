package id.jamsostek.adapters.core;

import id.jamsostek.contracts.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of a month's wage report of an employer unit (contracts/core WageReport). A higher version replaces the
 * one in force; sending the version in force again with the same content is a replay, so the PUT is safe to retry.
 */
public record WageReport(int version, List<Wage> wages, List<Leaver> leavers) {

    /** A wage for the month (and the months after it, until another report). */
    public record Wage(String kpj, Money monthlyWage) {}

    /** An employment that ended on endDate. */
    public record Leaver(String kpj, LocalDate endDate, LeaveReason reason) {}

    /** Why an employment ended. */
    public enum LeaveReason { RESIGNED, DISMISSED, CONTRACT_ENDED, RETIRED, DIED, OTHER }

    public WageReport {
        wages = List.copyOf(wages);
        leavers = List.copyOf(leavers);
    }

    @Override
    public String toString() {
        return "WageReport[v" + version + ", wages=" + wages.size() + ", leavers=" + leavers.size() + "]";
    }
}
