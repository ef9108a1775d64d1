package id.jamsostek.core.simulator.employers;

import id.jamsostek.contracts.EmployerRef;
import id.jamsostek.contracts.Money;
import id.jamsostek.core.simulator.billing.BusinessClock;
import id.jamsostek.core.simulator.model.Employer;
import id.jamsostek.core.simulator.problem.CoreProblemException;
import id.jamsostek.core.simulator.problem.ProblemType;
import id.jamsostek.core.simulator.tariff.ContributionStatement;
import id.jamsostek.core.simulator.tariff.PayrollContributions;
import id.jamsostek.core.simulator.tariff.PayrollLine;
import id.jamsostek.core.simulator.tariff.Program;
import id.jamsostek.core.simulator.tariff.Tariffs;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/** What a unit would owe for a month on given wages: the contribution bill's computation, nothing stored. */
public final class ContributionPreviews {

    /** Contributions began in July 2015 (the contract's lower bound for a preview). */
    static final YearMonth FIRST_PERIOD = YearMonth.of(2015, 7);

    private final EmployerUnits units;
    private final Tariffs tariffs;
    private final PayrollContributions payroll;
    private final BusinessClock clock;

    public ContributionPreviews(EmployerUnits units, Tariffs tariffs, BusinessClock clock) {
        this.units = units;
        this.tariffs = tariffs;
        this.payroll = tariffs.payroll();
        this.clock = clock;
    }

    /** A line to preview: the caller's label and a wage. */
    public record Line(String reference, Money monthlyWage) {
    }

    /** What was asked. */
    public record Command(EmployerRef employer, YearMonth period, List<Line> employees) {

        public Command {
            employees = List.copyOf(employees);
        }
    }

    /** The unit and the month's statement on the wages given. */
    public record Preview(Employer employer, ContributionStatement statement) {
    }

    public Preview preview(Command command) {
        Employer employer = units.require(command.employer()).employer();
        YearMonth period = command.period();
        if (period.isBefore(FIRST_PERIOD) || period.isAfter(YearMonth.from(clock.today()).plusMonths(1))) {
            throw new CoreProblemException(ProblemType.INVALID_PERIOD,
                    "a preview is for a month from " + FIRST_PERIOD + " to the month after the current one");
        }
        Set<Program> required = tariffs.wageEarners().requiredPrograms(employer.scale(), period);
        List<PayrollLine> lines = command.employees().stream()
                .map(line -> new PayrollLine(line.reference(), line.monthlyWage(), required))
                .toList();
        return new Preview(employer, payroll.of(period, employer.riskGroup(), employer.sector(), lines));
    }
}
