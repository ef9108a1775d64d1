package id.jamsostek.core.simulator.problem;

/** The catalogue of problems the core answers, each rendered as RFC 9457 with type {@code .../problems/<slug>}. */
public enum ProblemType {
    INVALID_REQUEST("invalid-request", 400, "Invalid request"),
    UNKNOWN_CUSTOMER("unknown-customer", 404, "Unknown customer number"),
    NO_OPEN_BILL("no-open-bill", 404, "No bill on this customer number"),
    UNKNOWN_BILL("unknown-bill", 404, "Unknown bill"),
    UNKNOWN_PARTICIPANT("unknown-participant", 404, "Unknown participant"),
    NO_MEMBERS("no-members", 404, "No members"),
    ALREADY_PARTICIPANT("already-participant", 409, "Already a participant"),
    INVALID_ENROLLMENT("invalid-enrollment", 422, "Invalid enrollment"),
    UNKNOWN_EMPLOYER("unknown-employer", 404, "Unknown employer"),
    NO_CONTRIBUTION("no-contribution", 404, "No contribution for this period"),
    ALREADY_EMPLOYEE("already-employee", 409, "Already an employee"),
    INVALID_EMPLOYEE("invalid-employee", 422, "Invalid employee"),
    INVALID_WAGE_REPORT("invalid-wage-report", 422, "Invalid wage report"),
    WAGE_REPORT_VERSION_CONFLICT("wage-report-version-conflict", 409, "Wage report version conflict"),
    WAGE_REPORT_SUPERSEDED("wage-report-superseded", 409, "Wage report superseded"),
    PERIOD_CLOSED("period-closed", 409, "Period closed"),
    INVALID_PERIOD("invalid-period", 422, "Invalid period"),
    PAYMENT_NOT_FOUND("payment-not-found", 404, "No payment posted under this key"),
    NOT_FOUND("not-found", 404, "No such resource"),
    INVALID_SPONSORSHIP("invalid-sponsorship", 422, "Invalid sponsorship"),
    SPONSORSHIP_CONFLICT("sponsorship-conflict", 409, "Another payer covers these months"),
    BUDGET_EXCEEDED("budget-exceeded", 422, "Budget exceeded"),
    NOT_PAYABLE_AHEAD("not-payable-ahead", 422, "Not payable in advance"),
    BILL_ALREADY_PAID("bill-already-paid", 409, "Bill already paid"),
    BILL_EXPIRED("bill-expired", 410, "Bill expired"),
    AMOUNT_MISMATCH("amount-mismatch", 422, "Amount differs from the bill total"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "Idempotency key reused with another request"),
    SIMULATED_FAULT("simulated-fault", 503, "Simulated fault"),
    INTERNAL_ERROR("internal-error", 500, "Internal error");

    public static final String TYPE_BASE = "https://core.jamsostek.example/problems/";

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public String slug() {
        return slug;
    }

    public String type() {
        return TYPE_BASE + slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
