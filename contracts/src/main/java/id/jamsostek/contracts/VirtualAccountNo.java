package id.jamsostek.contracts;

import java.util.Objects;

/**
 * A SNAP virtual account number: the padded company code (8 characters) followed by the customer number (1 to 20
 * digits), 28 characters at most. The customer number may be a NIK or KPJ, so toString masks it.
 */
public record VirtualAccountNo(CompanyCode companyCode, String customerNo) {

    static final int MAX_CUSTOMER_NO = 20;

    public VirtualAccountNo {
        Objects.requireNonNull(companyCode, "companyCode");
        Digits.requireUpTo(customerNo, MAX_CUSTOMER_NO, "a customerNo");
    }

    public static VirtualAccountNo of(CompanyCode companyCode, String customerNo) {
        return new VirtualAccountNo(companyCode, customerNo);
    }

    /** Splits SNAP's {@code virtualAccountNo}: the first 8 characters are the padded company code. */
    public static VirtualAccountNo parse(String virtualAccountNo) {
        if (virtualAccountNo == null || virtualAccountNo.length() <= CompanyCode.SNAP_WIDTH) {
            throw new IllegalArgumentException("a virtualAccountNo must be 9 to 28 characters");
        }
        return new VirtualAccountNo(
                CompanyCode.fromPartnerServiceId(virtualAccountNo.substring(0, CompanyCode.SNAP_WIDTH)),
                virtualAccountNo.substring(CompanyCode.SNAP_WIDTH));
    }

    /**
     * Whether the three SNAP body fields agree: a well-formed partnerServiceId and customerNo whose concatenation is
     * the virtualAccountNo. Never throws; malformed input is simply not a match.
     */
    public static boolean matches(String partnerServiceId, String customerNo, String virtualAccountNo) {
        try {
            VirtualAccountNo expected = of(CompanyCode.fromPartnerServiceId(partnerServiceId), customerNo);
            return expected.value().equals(virtualAccountNo)
                    && expected.companyCode().padded().equals(partnerServiceId);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The wire form, e.g. "   8889912345678901234567890". */
    public String value() {
        return companyCode.padded() + customerNo;
    }

    /** The company code in clear, the customer number reduced to its last 4 digits. */
    public String masked() {
        int hidden = Math.max(customerNo.length() - 4, 0);
        return companyCode.padded() + "*".repeat(hidden) + customerNo.substring(hidden);
    }

    @Override
    public String toString() {
        return masked();
    }
}
