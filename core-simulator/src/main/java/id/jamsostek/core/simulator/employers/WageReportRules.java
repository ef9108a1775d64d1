package id.jamsostek.core.simulator.employers;

import id.jamsostek.core.simulator.model.Employer;
import id.jamsostek.core.simulator.model.WageEarner;
import id.jamsostek.core.simulator.participants.FieldError;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules a wage report must meet beyond the contract's schema, in body order: the period (pointer "", it is in
 * the path), each wage's kpj, each leaver's kpj and endDate. At most {@value #MAX_ERRORS} entries, the contract's
 * limit.
 */
final class WageReportRules {

    static final int MAX_ERRORS = 100;

    /**
     * @param roster the unit's roster without this month's report (the version being replaced does not count)
     */
    List<FieldError> check(WageReport report, YearMonth period, Employer employer, Roster roster, YearMonth current) {
        List<FieldError> errors = new ArrayList<>();
        if (period.isAfter(current)) {
            errors.add(new FieldError("", "the period is after the current month"));
        }
        if (period.isBefore(YearMonth.from(employer.registeredOn()))) {
            errors.add(new FieldError("", "the period is before the employer's registration"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < report.wages().size(); i++) {
            String at = "/wages/" + i;
            kpjProblem(report.wages().get(i).kpj(), seen, roster, period)
                    .ifPresent(detail -> errors.add(new FieldError(at + "/kpj", detail)));
        }
        seen.clear();
        for (int i = 0; i < report.leavers().size(); i++) {
            String at = "/leavers/" + i;
            WageReport.Leaver leaver = report.leavers().get(i);
            kpjProblem(leaver.kpj(), seen, roster, period)
                    .ifPresent(detail -> errors.add(new FieldError(at + "/kpj", detail)));
            endDateProblem(leaver, roster, period)
                    .ifPresent(detail -> errors.add(new FieldError(at + "/endDate", detail)));
        }
        return errors.size() > MAX_ERRORS ? List.copyOf(errors.subList(0, MAX_ERRORS)) : errors;
    }

    private static Optional<String> kpjProblem(String kpj, Set<String> seen, Roster roster, YearMonth period) {
        if (!seen.add(kpj)) {
            return Optional.of("is listed twice");
        }
        if (roster.employmentIn(kpj, period).isEmpty()) {
            return Optional.of("is not an employee of this division in the period");
        }
        return Optional.empty();
    }

    private static Optional<String> endDateProblem(WageReport.Leaver leaver, Roster roster, YearMonth period) {
        if (leaver.endDate().isAfter(period.atEndOfMonth())) {
            return Optional.of("is after the last day of the period");
        }
        Optional<WageEarner> employee = roster.employmentIn(leaver.kpj(), period);
        if (employee.isPresent() && leaver.endDate().isBefore(employee.get().startDate())) {
            return Optional.of("is before the employee's startDate");
        }
        return Optional.empty();
    }
}
