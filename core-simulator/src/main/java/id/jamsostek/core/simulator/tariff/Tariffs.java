package id.jamsostek.core.simulator.tariff;

import java.util.Set;

/** Every contribution rule the simulator applies, loaded from the data files; nothing of it is a constant in code. */
public record Tariffs(
        WageEarnerContributions wageEarners,
        NonWageEarnerContributions nonWageEarners,
        IncomeBands incomeBands,
        LateFees lateFees,
        DueDates dueDates) {

    /** Contributions of a month's payroll, per employee and per program: what employer bills and previews show. */
    public PayrollContributions payroll() {
        return new PayrollContributions(wageEarners);
    }

    /** The same data with other payer types excluded from discounts (the simulator's configuration). */
    public Tariffs excludingFromDiscounts(Set<PayerType> payers) {
        return new Tariffs(wageEarners, nonWageEarners.excludingFromDiscounts(payers), incomeBands, lateFees,
                dueDates);
    }

    /** The data files shipped in {@code src/main/resources/tariffs/}. */
    public static Tariffs fromClasspath() {
        return fromClasspath("tariffs/");
    }

    /** A data set under another classpath folder with the same file names (tests use their own). */
    public static Tariffs fromClasspath(String folder) {
        HolidayCalendar holidays = HolidayCalendar.load(folder + "holidays.csv");
        DueDates dueDates = DueDates.load(folder + "due-days.csv", holidays);
        IncomeBands bands = IncomeBands.load(folder + "bpu-income-bands.csv");
        ContributionDiscounts discounts = ContributionDiscounts.load(folder + "contribution-discounts.csv");
        return new Tariffs(
                new WageEarnerContributions(WageEarnerRates.load(folder + "pu-contribution-rates.csv"),
                        JpWageCaps.load(folder + "jp-wage-caps.csv"),
                        ProgramsByScale.load(folder + "programs-by-business-scale.csv"),
                        JkpRates.load(folder + "jkp-rates.csv"), discounts),
                new NonWageEarnerContributions(NonWageEarnerRates.load(folder + "bpu-contribution-rates.csv"), bands,
                        discounts, NonWageEarnerContributions.DEFAULT_EXCLUDED_FROM_DISCOUNTS),
                bands,
                new LateFees(LateFeeRates.load(folder + "late-fee-rates.csv"), dueDates),
                dueDates);
    }
}
