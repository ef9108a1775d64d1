package id.jamsostek.adapters.bank;

/** SNAP's paymentFlagStatus: the real outcome of a payment, whatever the response code. */
public enum PaymentFlag {
    SUCCESS("00", new SnapText("Success", "Sukses")),
    REJECTED("01", new SnapText("Rejected", "Ditolak")),
    /** the outcome is not known yet: never a rejection; it is settled later */
    PENDING("02", new SnapText("Pending", "Dalam proses"));

    private final String code;
    private final SnapText reason;

    PaymentFlag(String code, SnapText reason) {
        this.code = code;
        this.reason = reason;
    }

    public String code() {
        return code;
    }

    public SnapText reason() {
        return reason;
    }

    public static PaymentFlag ofCode(String code) {
        for (PaymentFlag flag : values()) {
            if (flag.code.equals(code)) {
                return flag;
            }
        }
        throw new IllegalArgumentException("no payment flag " + code);
    }
}
