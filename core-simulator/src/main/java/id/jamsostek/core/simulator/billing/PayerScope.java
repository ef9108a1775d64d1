package id.jamsostek.core.simulator.billing;

import id.jamsostek.core.simulator.problem.ProblemType;
import id.jamsostek.core.simulator.problem.CoreProblemException;
import id.jamsostek.core.simulator.model.Membership;
import id.jamsostek.core.simulator.tariff.PayerType;
import java.util.Objects;
import java.util.Optional;

/**
 * Whom a collective bill is for: the participants registered in a region whose payer is that region's budget. A
 * village budget (APBDes) pays for people of its village, a regency or city budget (APBD) for people of any village
 * of its regency. Each scope has one collective payment code, 12 digits, that a bank's VA accepts.
 *
 * @param regionCode the village's code (10 digits) or the regency's (4 digits)
 */
public record PayerScope(String regionCode, PayerType payerType) implements CollectivePayer {

    private static final String VILLAGE_SUFFIX = "01";
    /** No district is numbered 00, so a regency's code never meets a village's. */
    private static final String REGENCY_SUFFIX = "00000002";

    public PayerScope {
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(payerType, "payerType");
        int digits = switch (payerType) {
            case VILLAGE_BUDGET -> 10;
            case REGENCY_BUDGET -> 4;
            default -> throw new CoreProblemException(ProblemType.INVALID_REQUEST,
                    "only a village or a regency budget is billed collectively");
        };
        if (regionCode.length() != digits || !regionCode.chars().allMatch(Character::isDigit)) {
            throw new CoreProblemException(ProblemType.INVALID_REQUEST,
                    payerType + " is billed for a region code of " + digits + " digits");
        }
    }

    public static PayerScope village(String villageCode) {
        return new PayerScope(villageCode, PayerType.VILLAGE_BUDGET);
    }

    /** The budget that pays for someone of the village, when the payer type is a budget billed collectively. */
    public static Optional<PayerScope> paying(String villageCode, PayerType payerType) {
        return switch (payerType) {
            case VILLAGE_BUDGET -> Optional.of(village(villageCode));
            case REGENCY_BUDGET -> Optional.of(new PayerScope(villageCode.substring(0, 4), payerType));
            default -> Optional.empty();
        };
    }

    /** The scope a budget's code names: 10 digits a village's budget, 4 a regency's. */
    public static PayerScope ofCode(String regionCode) {
        return new PayerScope(regionCode, regionCode != null && regionCode.length() == 4
                ? PayerType.REGENCY_BUDGET : PayerType.VILLAGE_BUDGET);
    }

    public String collectiveCode() {
        return regionCode + (payerType == PayerType.VILLAGE_BUDGET ? VILLAGE_SUFFIX : REGENCY_SUFFIX);
    }

    @Override
    public String holderName() {
        return (payerType == PayerType.VILLAGE_BUDGET ? "DESA " : "KAB/KOTA ") + regionCode;
    }

    public boolean covers(Membership membership) {
        return membership.villageCode().startsWith(regionCode) && membership.payer().type() == payerType;
    }
}
