package id.jamsostek.core.simulator.employers;

import id.jamsostek.contracts.EmployerRef;
import id.jamsostek.core.simulator.billing.BillStatus;
import id.jamsostek.core.simulator.billing.BusinessClock;
import id.jamsostek.core.simulator.billing.OpenBills;
import id.jamsostek.core.simulator.problem.CoreProblemException;
import id.jamsostek.core.simulator.problem.ProblemType;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The contribution bill of an employer unit's month: a paid month as it was paid; an unpaid one as it is owed today,
 * carried by the unit's open bill, whose amount for the month is this bill's total.
 */
public final class ContributionBills {

    private final EmployerUnits units;
    private final OpenBills openBills;
    private final BusinessClock clock;

    public ContributionBills(EmployerUnits units, OpenBills openBills, BusinessClock clock) {
        this.units = units;
        this.openBills = openBills;
        this.clock = clock;
    }

    public ContributionBill bill(EmployerRef employer, YearMonth period) {
        EmployerUnit unit = units.require(employer);
        LocalDate today = clock.today();
        if (period.isAfter(YearMonth.from(today))) {
            throw new CoreProblemException(ProblemType.INVALID_PERIOD, "the period is after the current month");
        }
        // under the account's lock: the open bill and the month's statement come from the same roster
        ContributionBill bill = unit.change(roster -> EmployerUnit.Changed.unchanged(billOf(unit, period, today)));
        if (bill.statement().isEmpty()) {
            throw new CoreProblemException(ProblemType.NO_CONTRIBUTION,
                    "nobody was employed by this unit in the period, or it was not registered yet");
        }
        return bill;
    }

    private ContributionBill billOf(EmployerUnit unit, YearMonth period, LocalDate today) {
        EmployerContributions contributions = unit.contributions();
        if (!period.isAfter(unit.account().state().paidThrough())) {
            return contributions.paidBill(period)
                    .orElseGet(() -> contributions.bill(period, BillStatus.PAID, null, null));
        }
        String openBillId = openBills.openBill(unit.employer().paymentCode()).bill().billId();
        return contributions.bill(period, BillStatus.UNPAID, openBillId, today);
    }
}
