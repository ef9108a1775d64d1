package id.jamsostek.core.simulator.model;

import java.time.YearMonth;
import java.util.Objects;

/**
 * A donor (a company's CSR, a zakat body, the GN Lingkaran movement) paying a participant's contributions for the
 * months from {@code from} to {@code to}, both included; before and after, the participant's own payer pays.
 *
 * @param donorId the donor's id in the agency's register of donors
 */
public record Sponsorship(String donorId, String kpj, YearMonth from, YearMonth to) {

    public Sponsorship {
        Objects.requireNonNull(donorId, "donorId");
        Identifiers.requireDigits(kpj, 11, 11, "KPJ");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a sponsorship ends no earlier than it starts");
        }
    }

    public boolean covers(YearMonth month) {
        return !month.isBefore(from) && !month.isAfter(to);
    }

    public boolean overlaps(YearMonth otherFrom, YearMonth otherTo) {
        return !otherTo.isBefore(from) && !otherFrom.isAfter(to);
    }

    @Override
    public String toString() {
        return "Sponsorship[donor=" + donorId + ", kpj=" + Identifiers.masked(kpj) + ", " + from + ".." + to + "]";
    }
}
