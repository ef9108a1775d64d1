package id.jamsostek.core.simulator.tariff;

import id.jamsostek.contracts.Money;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/** The income bands a non-wage earner may declare, from {@code bpu-income-bands.csv} (a stand-in for now). */
public final class IncomeBands {

    private final NavigableSet<Money> bands = new TreeSet<>();

    public static IncomeBands load(String resource) {
        IncomeBands table = new IncomeBands();
        for (CsvTable.Row row : CsvTable.read(resource)) {
            table.bands.add(Money.ofRupiah(Long.parseLong(row.get("band_rupiah"))));
        }
        return table;
    }

    public boolean isBand(Money income) {
        return bands.contains(income);
    }

    public Money lowest() {
        return bands.first();
    }

    public List<Money> all() {
        return List.copyOf(bands);
    }
}
