package id.jamsostek.adapters.core;

import java.util.List;
import java.util.Map;

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
    public static final String NOT_FOUND = "not-found";

    public static final String ALREADY_PARTICIPANT = "already-participant";
    public static final String INVALID_ENROLLMENT = "invalid-enrollment";
    public static final String UNKNOWN_PARTICIPANT = "unknown-participant";
    public static final String NO_MEMBERS = "no-members";
    public static final String NOT_PAYABLE_AHEAD = "not-payable-ahead";
    public static final String BUDGET_EXCEEDED = "budget-exceeded";
    public static final String SPONSORSHIP_CONFLICT = "sponsorship-conflict";
    public static final String INVALID_SPONSORSHIP = "invalid-sponsorship";

    /** On budget-exceeded: the year, its ceiling, what remains and what the refused enrollment would have cost. */
    public record Budget(Integer year, String ceiling, String remaining, String enrollmentCost) {}

    public static final String UNKNOWN_EMPLOYER = "unknown-employer";
    public static final String ALREADY_EMPLOYEE = "already-employee";
    public static final String INVALID_EMPLOYEE = "invalid-employee";
    public static final String INVALID_WAGE_REPORT = "invalid-wage-report";
    public static final String WAGE_REPORT_VERSION_CONFLICT = "wage-report-version-conflict";
    public static final String WAGE_REPORT_SUPERSEDED = "wage-report-superseded";
    public static final String PERIOD_CLOSED = "period-closed";
    public static final String INVALID_PERIOD = "invalid-period";
    public static final String NO_CONTRIBUTION = "no-contribution";
    public static final String IDEMPOTENCY_KEY_REUSED = "idempotency-key-reused";

    /** A field the core found at fault, as a JSON pointer into what was sent. */
    public record FieldError(String pointer, String detail) {}

    /**
     * What the core's problem says beyond its type.
     *
     * @param kpj             an existing participant's number (already-participant, already-employee)
     * @param villageCode     where that existing membership is, so the gateway decides what the caller may learn
     * @param division        the division of an existing employment (already-employee), for the same purpose
     * @param errors          fields at fault (invalid-enrollment, invalid-employee, invalid-wage-report; a pointer ""
     *                        names the request as a whole, e.g. a wage report's period)
     * @param currentVersion  the wage report version in force (wage-report-superseded); null otherwise
     */
    public record Details(String kpj, String villageCode, String division, List<FieldError> errors,
            Integer currentVersion, Budget budget) {

        public static final Details NONE = new Details(null, null, null, List.of(), null);

        public Details {
            errors = List.copyOf(errors);
        }

        public Details(String kpj, String villageCode, String division, List<FieldError> errors,
                Integer currentVersion) {
            this(kpj, villageCode, division, errors, currentVersion, null);
        }

        /** The fields at fault as problem documents list them: {pointer, detail} each. */
        public List<Map<String, String>> errorEntries() {
            return errors.stream().map(error -> Map.of("pointer", error.pointer(), "detail", error.detail()))
                    .toList();
        }

        /** Without a wage report version, as the participant operations answer. */
        public Details(String kpj, String villageCode, List<FieldError> errors) {
            this(kpj, villageCode, null, errors, null);
        }
    }

    private final String service;
    private final String slug;
    private final int status;
    private final Details details;
    private final String coreDetail;

    public CoreRejection(String service, String slug, int status) {
        this(service, slug, status, Details.NONE);
    }

    public CoreRejection(String service, String slug, int status, Details details) {
        this(service, slug, status, details, null);
    }

    /** @param coreDetail the core's own words on what went wrong (its problem's detail), null when it gave none */
    public CoreRejection(String service, String slug, int status, Details details, String coreDetail) {
        super(service + " rejected the request: " + slug + " (" + status + ")", null, false, false);
        this.service = service;
        this.slug = slug;
        this.status = status;
        this.details = details;
        this.coreDetail = coreDetail;
    }

    /**
     * The core's detail, for a handler to pass on only where the core's contract keeps personal data out of it and its
     * words are the clearest (which months another payer covers); null when it gave none.
     */
    public String coreDetail() {
        return coreDetail;
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
