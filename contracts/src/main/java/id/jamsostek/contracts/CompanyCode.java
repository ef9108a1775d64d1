package id.jamsostek.contracts;

/**
 * The biller's company code at a bank, sent in SNAP as {@code partnerServiceId}: up to 8 digits, which SNAP carries
 * left-padded with spaces to exactly 8 characters ("   88899").
 */
public record CompanyCode(String digits) {

    static final int SNAP_WIDTH = 8;

    public CompanyCode {
        Digits.requireUpTo(digits, SNAP_WIDTH, "a company code");
    }

    public static CompanyCode of(String digits) {
        return new CompanyCode(digits);
    }

    /** Reads SNAP's {@code partnerServiceId}: exactly 8 characters, leading spaces then 1 to 8 digits. */
    public static CompanyCode fromPartnerServiceId(String partnerServiceId) {
        if (partnerServiceId == null || partnerServiceId.length() != SNAP_WIDTH) {
            throw new IllegalArgumentException("a partnerServiceId must be exactly 8 characters");
        }
        return new CompanyCode(partnerServiceId.stripLeading());
    }

    /** SNAP's form: left-padded with spaces to 8 characters. */
    public String padded() {
        return " ".repeat(SNAP_WIDTH - digits.length()) + digits;
    }

    @Override
    public String toString() {
        return digits;
    }
}
