package id.jamsostek.core.simulator.tariff;

import id.jamsostek.contracts.Money;
import java.time.LocalDate;

/** The highest wage JP is computed on, by effective date, from {@code jp-wage-caps.csv}. */
public final class JpWageCaps {

    private final EffectiveDated<String, Money> caps = new EffectiveDated<>();

    public static JpWageCaps load(String resource) {
        JpWageCaps table = new JpWageCaps();
        for (CsvTable.Row row : CsvTable.read(resource)) {
            table.caps.put("JP", LocalDate.parse(row.get("effective_from")), Money.ofRupiah(Long.parseLong(row.get("cap_rupiah"))));
        }
        return table;
    }

    public Money capOn(LocalDate on) {
        return caps.inForceOn("JP", on).orElseThrow(() -> new NoRateInForceException("JP wage cap", on));
    }

    /** The wage, or the cap when the wage is above it. */
    public Money capped(Money wage, LocalDate on) {
        Money cap = capOn(on);
        return wage.compareTo(cap) > 0 ? cap : wage;
    }
}
