package id.jamsostek.adapters.core;

/**
 * The core answered and said no: a definite outcome, safe to report to the caller. The slug is the last
 * segment of the core problem's {@code type} URI (contracts/core Problem).
 */
public final class CoreRejection extends RuntimeException {

    public static final String UNKNOWN_CUSTOMER = "unknown-customer";
    public static final String UNKNOWN_BILL = "unknown-bill";
    public static final String BILL_ALREADY_PAID = "bill-already-paid";
    public static final String BILL_EXPIRED = "bill-expired";
    public static final String AMOUNT_MISMATCH = "amount-mismatch";
    public static final String PAYMENT_NOT_FOUND = "payment-not-found";

    private final String service;
    private final String slug;
    private final int status;

    public CoreRejection(String service, String slug, int status) {
        super(service + " rejected the request: " + slug + " (" + status + ")", null, false, false);
        this.service = service;
        this.slug = slug;
        this.status = status;
    }

    public String service() {
        return service;
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    public boolean is(String candidate) {
        return slug.equals(candidate);
    }
}
