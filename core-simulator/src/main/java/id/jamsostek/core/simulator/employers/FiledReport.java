package id.jamsostek.core.simulator.employers;

import id.jamsostek.contracts.Money;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A wage report version taken into force, with its hash and the receipt it got. */
record FiledReport(WageReport report, String hash, WageReportReceipt receipt, Map<String, Money> wagesByKpj) {

    FiledReport(WageReport report, WageReportReceipt receipt) {
        this(report, report.canonicalHash(), receipt, byKpj(report));
    }

    int version() {
        return report.version();
    }

    Optional<Money> wageOf(String kpj) {
        return Optional.ofNullable(wagesByKpj.get(kpj));
    }

    private static Map<String, Money> byKpj(WageReport report) {
        Map<String, Money> wages = new HashMap<>();
        report.wages().forEach(wage -> wages.put(wage.kpj(), wage.monthlyWage()));
        return Map.copyOf(wages);
    }
}
