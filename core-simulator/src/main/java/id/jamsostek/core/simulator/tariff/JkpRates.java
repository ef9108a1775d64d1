package id.jamsostek.core.simulator.tariff;

import id.jamsostek.contracts.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The informational JKP amount of a wage, by effective date, from {@code jkp-rates.csv}. */
public final class JkpRates {

    private record Rate(BigDecimal percent, Money wageCap) {
    }

    private final EffectiveDated<String, Rate> rates = new EffectiveDated<>();

    public static JkpRates load(String resource) {
        JkpRates table = new JkpRates();
        for (CsvTable.Row row : CsvTable.read(resource)) {
            table.rates.put("JKP", LocalDate.parse(row.get("effective_from")), new Rate(
                    new BigDecimal(row.get("percent")), Money.ofRupiah(Long.parseLong(row.get("wage_cap_rupiah")))));
        }
        return table;
    }

    /** Zero before the first row: the program did not exist then (or its older rule is not loaded). */
    public Money informational(Money wage, LocalDate on) {
        return rates.inForceOn("JKP", on)
                .map(rate -> (wage.compareTo(rate.wageCap()) > 0 ? rate.wageCap() : wage).percent(rate.percent()))
                .orElse(Money.ZERO);
    }
}
