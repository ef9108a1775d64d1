package id.jamsostek.core.simulator.tariff;

import id.jamsostek.contracts.Money;

/**
 * One employee's contribution for a month.
 *
 * @param jpWageBase the wage capped at the JP cap in force; null when the employee has no JP
 * @param shares the employer's and the worker's share of each program charged
 * @param jkp what the job-loss program is credited for this employee (informational: nobody pays it on top)
 */
public record EmployeeContribution(PayrollLine line, Money jpWageBase, ContributionBreakdown shares, Money jkp) {

    public Money employerTotal() {
        return shares.employerTotal();
    }

    public Money workerTotal() {
        return shares.workerTotal();
    }
}
