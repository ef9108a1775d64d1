package id.jamsostek.core.simulator.employers;

import id.jamsostek.contracts.Money;
import id.jamsostek.core.simulator.model.Identifiers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * One version of a month's wage report as sent, its lists in body order (errors point into them by index).
 *
 * @param wages the wages reported for the month, a KPJ at most once once the rules have passed
 * @param leavers the employments that ended, with their last day
 */
public record WageReport(int version, List<Wage> wages, List<Leaver> leavers) {

    /** A wage for the month. */
    public record Wage(String kpj, Money monthlyWage) {

        @Override
        public String toString() {
            return "Wage[kpj=" + Identifiers.masked(kpj) + "]";
        }
    }

    /** An employment that ended on endDate. */
    public record Leaver(String kpj, LocalDate endDate, LeaveReason reason) {

        @Override
        public String toString() {
            return "Leaver[kpj=" + Identifiers.masked(kpj) + ", endDate=" + endDate + "]";
        }
    }

    public WageReport {
        if (version < 1) {
            throw new IllegalArgumentException("a wage report version starts at 1");
        }
        wages = List.copyOf(wages);
        leavers = List.copyOf(leavers);
    }

    /**
     * SHA-256 of the report in canonical form (both lists sorted by KPJ, amounts as on the wire): two bodies are the
     * same report exactly when their hashes are equal, whatever their key order, spacing or list order.
     */
    public String canonicalHash() {
        StringBuilder canonical = new StringBuilder("v=").append(version);
        wages.stream().sorted(Comparator.comparing(Wage::kpj).thenComparing(w -> w.monthlyWage().toWire()))
                .forEach(w -> canonical.append("|w:").append(w.kpj()).append('=').append(w.monthlyWage().toWire()));
        leavers.stream().sorted(Comparator.comparing(Leaver::kpj).thenComparing(Leaver::endDate))
                .forEach(l -> canonical.append("|l:").append(l.kpj()).append('=').append(l.endDate())
                        .append('/').append(l.reason()));
        return sha256(canonical.toString());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }

    @Override
    public String toString() {
        return "WageReport[v" + version + ", wages=" + wages.size() + ", leavers=" + leavers.size() + "]";
    }
}
