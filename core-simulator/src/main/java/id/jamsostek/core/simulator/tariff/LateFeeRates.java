package id.jamsostek.core.simulator.tariff;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Late-fee percent per started month of delay, per program, from {@code late-fee-rates.csv}. */
public final class LateFeeRates {

    private final EffectiveDated<Program, BigDecimal> percents = new EffectiveDated<>();

    public static LateFeeRates load(String resource) {
        LateFeeRates table = new LateFeeRates();
        for (CsvTable.Row row : CsvTable.read(resource)) {
            table.percents.put(Program.valueOf(row.get("program")), LocalDate.parse(row.get("effective_from")),
                    new BigDecimal(row.get("percent_per_month")));
        }
        return table;
    }

    /** Zero for a program that carries no late fee. */
    public BigDecimal percentPerMonth(Program program, LocalDate on) {
        return percents.inForceOn(program, on).orElse(BigDecimal.ZERO);
    }
}
