package id.jamsostek.adapters.core;

/**
 * A public budget that pays for participants and is billed collectively: a village's (APBDes, for its village code)
 * or a regency's or city's (APBD, for every village of its 4-digit code).
 */
public record BudgetPayer(String regionCode, Kind kind) {

    public enum Kind { VILLAGE_BUDGET, REGENCY_BUDGET }

    public BudgetPayer {
        int digits = kind == Kind.VILLAGE_BUDGET ? 10 : 4;
        if (regionCode == null || regionCode.length() != digits || !regionCode.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException(kind + " is paid for a region code of " + digits + " digits");
        }
    }

    public static BudgetPayer village(String villageCode) {
        return new BudgetPayer(villageCode, Kind.VILLAGE_BUDGET);
    }

    public static BudgetPayer regency(String regencyCode) {
        return new BudgetPayer(regencyCode, Kind.REGENCY_BUDGET);
    }
}
