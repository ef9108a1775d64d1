package id.jamsostek.adapters.core;

import java.util.List;

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

    public static final String ALREADY_PARTICIPANT = "already-participant";
    public static final String INVALID_ENROLLMENT = "invalid-enrollment";
    public static final String UNKNOWN_PARTICIPANT = "unknown-participant";
    public static final String NO_MEMBERS = "no-members";

    /** A field the core found at fault, as a JSON pointer into what was sent. */
    public record FieldError(String pointer, String detail) {}

    /**
     * What the core's problem says beyond its type.
     *
     * @param kpj          an existing participant's number (already-participant)
     * @param villageCode  where that existing membership is, so the gateway decides what the caller may learn
     * @param errors       fields at fault (invalid-enrollment)
     */
    public record Details(String kpj, String villageCode, List<FieldError> errors) {

        public static final Details NONE = new Details(null, null, List.of());

        public Details {
            errors = List.copyOf(errors);
        }
    }

    private final String service;
    private final String slug;
    private final int status;
    private final Details details;

    public CoreRejection(String service, String slug, int status) {
        this(service, slug, status, Details.NONE);
    }

    public CoreRejection(String service, String slug, int status, Details details) {
        super(service + " rejected the request: " + slug + " (" + status + ")", null, false, false);
        this.service = service;
        this.slug = slug;
        this.status = status;
        this.details = details;
    }

    public Details details() {
        return details;
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
