package id.jamsostek.core.simulator.model;

import id.jamsostek.core.simulator.tariff.PayerType;
import java.util.Objects;

/**
 * Who pays a non-wage earner's contributions.
 *
 * @param donorId the donor's id in the agency's register; only (and always) for a DONOR
 */
public record ContributionPayer(PayerType type, String donorId) {

    public ContributionPayer {
        Objects.requireNonNull(type, "type");
        if ((type == PayerType.DONOR) != (donorId != null)) {
            throw new IllegalArgumentException("a donorId is given for a DONOR payer, and only for one");
        }
    }

    public static ContributionPayer self() {
        return new ContributionPayer(PayerType.SELF, null);
    }
}
