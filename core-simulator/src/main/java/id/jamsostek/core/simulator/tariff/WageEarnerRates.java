package id.jamsostek.core.simulator.tariff;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Percentages of the wage per program, payer and risk group, from {@code pu-contribution-rates.csv}. */
public final class WageEarnerRates {

    private static final String ANY_GROUP = "*";
    private final EffectiveDated<String, BigDecimal> percents = new EffectiveDated<>();

    public static WageEarnerRates load(String resource) {
        WageEarnerRates rates = new WageEarnerRates();
        for (CsvTable.Row row : CsvTable.read(resource)) {
            String key = key(Program.valueOf(row.get("program")), Payer.valueOf(row.get("payer")), row.get("risk_group"));
            rates.percents.put(key, LocalDate.parse(row.get("effective_from")), new BigDecimal(row.get("percent")));
        }
        return rates;
    }

    /** The percent in force on the date; zero when the table charges that payer nothing for the program. */
    public BigDecimal percent(Program program, Payer payer, RiskGroup group, LocalDate on) {
        String specific = key(program, payer, group.name());
        String general = key(program, payer, ANY_GROUP);
        String key = percents.hasKey(specific) ? specific : general;
        if (!percents.hasKey(key)) {
            return BigDecimal.ZERO;
        }
        return percents.inForceOn(key, on).orElseThrow(
                () -> new NoRateInForceException(program + " " + payer + " rate", on));
    }

    private static String key(Program program, Payer payer, String group) {
        return program + "/" + payer + "/" + group;
    }
}
