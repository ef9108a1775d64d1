package id.jamsostek.core.simulator.model;

import id.jamsostek.contracts.Money;
import java.time.YearMonth;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** The wages reported for a worker, each in force from a period until the next report. */
public final class WageHistory {

    private final NavigableMap<YearMonth, Money> wages;

    private WageHistory(NavigableMap<YearMonth, Money> wages) {
        this.wages = wages;
    }

    public static WageHistory startingAt(YearMonth period, Money wage) {
        return new WageHistory(new TreeMap<>(Map.of(period, wage)));
    }

    /** A wage report: a new history, this one unchanged. */
    public WageHistory reported(YearMonth from, Money wage) {
        TreeMap<YearMonth, Money> copy = new TreeMap<>(wages);
        copy.put(from, wage);
        return new WageHistory(copy);
    }

    /** Empty before the first report (the worker was not employed yet). */
    public Optional<Money> wageFor(YearMonth period) {
        return Optional.ofNullable(wages.floorEntry(period)).map(Map.Entry::getValue);
    }
}
