package id.jamsostek.core.simulator.participants;

import id.jamsostek.contracts.Money;
import id.jamsostek.core.simulator.problem.CoreProblemException;
import id.jamsostek.core.simulator.billing.PayerScope;
import id.jamsostek.core.simulator.problem.ProblemType;
import id.jamsostek.core.simulator.model.Memberships;
import id.jamsostek.core.simulator.tariff.BpuTerms;
import id.jamsostek.core.simulator.tariff.NonWageEarnerContributions;
import java.time.Year;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The optional annual ceiling of a public budget that pays for participants (a village's or a regency's): what it has
 * committed in a year is the contributions of everyone it pays for, for that year's months from their first month on;
 * an enrollment whose own months of the year would take the commitment over the ceiling is refused.
 */
public final class PayerBudgets {

    /** A year's ceiling, what is committed and what remains (never below zero). */
    public record Standing(PayerScope scope, Year year, Money ceiling, Money committed, Money remaining) {
    }

    private record ScopeYear(PayerScope scope, Year year) {
    }

    private final Memberships memberships;
    private final NonWageEarnerContributions tariff;
    private final Map<ScopeYear, Money> ceilings = new ConcurrentHashMap<>();
    private final Map<PayerScope, Object> locks = new ConcurrentHashMap<>();

    public PayerBudgets(Memberships memberships, NonWageEarnerContributions tariff) {
        this.memberships = memberships;
        this.tariff = tariff;
    }

    public Standing set(PayerScope scope, Year year, Money ceiling) {
        synchronized (lock(scope)) {
            ceilings.put(new ScopeYear(scope, year), ceiling);
        }
        return standing(scope, year).orElseThrow();
    }

    /** Empty when the payer has no ceiling for the year. */
    public Optional<Standing> standing(PayerScope scope, Year year) {
        Money ceiling = ceilings.get(new ScopeYear(scope, year));
        if (ceiling == null) {
            return Optional.empty();
        }
        Money committed = memberships.inRegion(scope.regionCode()).stream().filter(scope::covers)
                .map(m -> costIn(m.participant().terms(), m.firstMonth(), year))
                .reduce(Money.ZERO, Money::plus);
        Money left = committed.compareTo(ceiling) >= 0 ? Money.ZERO
                : new Money(ceiling.amount().subtract(committed.amount()));
        return Optional.of(new Standing(scope, year, ceiling, committed, left));
    }

    /**
     * Runs {@code enroll} when a participant paid by the scope from {@code firstMonth} on fits in the ceiling of that
     * month's year (or there is none); else refuses with budget-exceeded, saying what remains and what it would cost.
     * Enrollments of one payer are checked one at a time, so two cannot both take the last of the budget.
     */
    public <T> T withinCeiling(PayerScope scope, BpuTerms terms, YearMonth firstMonth, Supplier<T> enroll) {
        synchronized (lock(scope)) {
            Year year = Year.from(firstMonth);
            Optional<Standing> standing = standing(scope, year);
            Money cost = costIn(terms, firstMonth, year);
            if (standing.isPresent() && cost.compareTo(standing.get().remaining()) > 0) {
                Map<String, Object> extensions = new LinkedHashMap<>();
                extensions.put("budgetYear", year.getValue());
                extensions.put("budgetCeiling", standing.get().ceiling().toWire());
                extensions.put("remainingBudget", standing.get().remaining().toWire());
                extensions.put("enrollmentCost", cost.toWire());
                throw new CoreProblemException(ProblemType.BUDGET_EXCEEDED, "enrolling this participant would "
                        + "commit " + cost.toWire() + " of " + year + "'s budget, of which "
                        + standing.get().remaining().toWire() + " remains", extensions);
            }
            return enroll.get();
        }
    }

    /** Contributions for the year's months from the first month on, at the rates in force for each. */
    private Money costIn(BpuTerms terms, YearMonth firstMonth, Year year) {
        Money cost = Money.ZERO;
        for (YearMonth month = firstMonth.isBefore(year.atMonth(1)) ? year.atMonth(1) : firstMonth;
                month.getYear() == year.getValue(); month = month.plusMonths(1)) {
            cost = cost.plus(tariff.monthly(terms, month).total());
        }
        return cost;
    }

    private Object lock(PayerScope scope) {
        return locks.computeIfAbsent(scope, s -> new Object());
    }
}
