package id.jamsostek.core.simulator.billing;

import java.time.LocalDate;
import java.util.Objects;

/** The days a participant's bill covers, first and last included, when its months roll from a registration day. */
public record CoveredDays(LocalDate from, LocalDate to) {

    public CoveredDays {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("covered days end before they start");
        }
    }
}
