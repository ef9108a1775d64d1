package id.jamsostek.core.simulator.employers;

import id.jamsostek.contracts.Money;
import id.jamsostek.core.simulator.billing.BillStatus;
import id.jamsostek.core.simulator.model.Employer;
import id.jamsostek.core.simulator.tariff.ContributionStatement;
import id.jamsostek.core.simulator.tariff.LateFees.ProgramFee;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * What an employer unit owes for one month: the month's contribution statement, the late fees due with it, its status
 * and the bill that carries it at banks.
 *
 * @param billId the open bill covering the month (UNPAID), the bill that was paid (PAID); null for a month taken over
 *     as paid without a bill of the simulator (demo data)
 * @param wageReportVersion the month's wage report in force, null when it has none
 * @param names the employees' names by KPJ (the statement's references)
 */
public record ContributionBill(Employer employer, YearMonth period, BillStatus status, LocalDate dueDate,
        String billId, Integer wageReportVersion, ContributionStatement statement, Map<String, String> names,
        List<ProgramFee> lateFees) {

    public ContributionBill {
        names = Map.copyOf(names);
        lateFees = List.copyOf(lateFees);
    }

    public Money lateFeeTotal() {
        return lateFees.stream().map(ProgramFee::amount).reduce(Money.ZERO, Money::plus);
    }

    /** What the month adds to the unit's open bill: contributions of both sides and the late fees. */
    public Money totalAmount() {
        return statement.total().plus(lateFeeTotal());
    }
}
