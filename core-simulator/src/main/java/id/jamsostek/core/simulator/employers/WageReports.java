package id.jamsostek.core.simulator.employers;

import id.jamsostek.contracts.EmployerRef;
import id.jamsostek.core.simulator.billing.BusinessClock;
import id.jamsostek.core.simulator.participants.FieldError;
import id.jamsostek.core.simulator.problem.CoreProblemException;
import id.jamsostek.core.simulator.problem.ProblemType;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes monthly wage reports in versions, idempotent by version: the highest version of a month is in force and
 * replaces the earlier ones whole; the same version again with the same content is a replay.
 */
public final class WageReports {

    private static final Logger log = LoggerFactory.getLogger(WageReports.class);

    private final EmployerUnits units;
    private final BusinessClock clock;
    private final WageReportRules rules = new WageReportRules();

    public WageReports(EmployerUnits units, BusinessClock clock) {
        this.units = units;
        this.clock = clock;
    }

    /** The receipt, and whether it is the one an earlier request with this version and content got (a replay). */
    public record Filing(WageReportReceipt receipt, boolean replayed) {
    }

    public Filing file(EmployerRef employer, YearMonth period, WageReport report) {
        EmployerUnit unit = units.require(employer);
        Filing filing = unit.change(roster -> {
            Optional<FiledReport> current = roster.inForce(period);
            if (current.isPresent()) {
                Optional<Filing> replay = againstVersionInForce(current.get(), report);
                if (replay.isPresent()) {
                    return EmployerUnit.Changed.unchanged(replay.get());
                }
            }
            refuseIfClosed(unit, period);
            List<FieldError> errors = rules.check(report, period, unit.employer(), roster.withoutReportOf(period),
                    YearMonth.from(clock.today()));
            if (!errors.isEmpty()) {
                throw new CoreProblemException(ProblemType.INVALID_WAGE_REPORT,
                        "the wage report breaks a rule of the program", Map.of("errors", errors));
            }
            WageReportReceipt receipt = new WageReportReceipt(employer, period, report.version(),
                    current.map(FiledReport::version).orElse(null), report.wages().size(), report.leavers().size());
            return new EmployerUnit.Changed<>(new Filing(receipt, false),
                    roster.withReport(period, new FiledReport(report, receipt)));
        });
        if (!filing.replayed()) {
            log.info("wage report {} of {} {} in force", report, employer, period);
        }
        return filing;
    }

    /** A replay of the version in force, or empty when the report may go on (a higher version). */
    private static Optional<Filing> againstVersionInForce(FiledReport current, WageReport report) {
        if (report.version() == current.version()) {
            if (report.canonicalHash().equals(current.hash())) {
                return Optional.of(new Filing(current.receipt(), true));
            }
            throw new CoreProblemException(ProblemType.WAGE_REPORT_VERSION_CONFLICT,
                    "this version of the month's report was taken with other content; send a higher version");
        }
        if (report.version() < current.version()) {
            throw new CoreProblemException(ProblemType.WAGE_REPORT_SUPERSEDED,
                    "a higher version of the month's report is in force", Map.of("currentVersion", current.version()));
        }
        return Optional.empty();
    }

    /** A month from the unit's registration on whose bill is paid takes no report. */
    private static void refuseIfClosed(EmployerUnit unit, YearMonth period) {
        boolean registered = !period.isBefore(YearMonth.from(unit.employer().registeredOn()));
        if (registered && !period.isAfter(unit.account().state().paidThrough())) {
            throw new CoreProblemException(ProblemType.PERIOD_CLOSED, "the bill of this month is paid");
        }
    }
}
