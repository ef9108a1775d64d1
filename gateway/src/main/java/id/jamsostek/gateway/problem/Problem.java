package id.jamsostek.gateway.problem;

import java.net.URI;

/**
 * The one catalogue of what can go wrong at the edge. Each problem has a stable RFC 9457 type, an HTTP status
 * for the partner REST APIs, and its SNAP rendering (HTTP status + case code; the service code comes from the
 * route) for bank routes. A SNAP response code's first three digits are its HTTP status, so the two may differ.
 */
public enum Problem {
    BAD_REQUEST("bad-request", 400, "Bad Request", 400, "00", "Bad Request"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Payload too large", 400, "00", "Bad Request"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type", 400, "00", "Bad Request"),
    INVALID_FIELD_FORMAT("invalid-field-format", 400, "Invalid field format", 400, "01", "Invalid Field Format"),
    MISSING_MANDATORY_FIELD("missing-mandatory-field", 400, "Missing mandatory field", 400, "02",
            "Invalid Mandatory Field"),
    UNAUTHORIZED("unauthorized", 401, "Unauthorized", 401, "00", "Unauthorized."),
    CLIENT_CERTIFICATE("client-certificate", 401, "Client certificate missing or not the partner's", 401, "00",
            "Unauthorized."),
    INVALID_TOKEN("invalid-token", 401, "Invalid token", 401, "01", "Invalid Token (B2B)"),
    INSUFFICIENT_SCOPE("insufficient-scope", 403, "The access token lacks the operation's scope", 403, "01",
            "Feature Not Allowed"),
    ROLE_REFUSED("role-refused", 403, "The operator's roles do not allow this", 403, "01", "Feature Not Allowed"),
    CSRF_REFUSED("csrf-refused", 403, "Not sent from a console page of this session", 403, "01",
            "Feature Not Allowed"),
    EMPLOYER_OUT_OF_SCOPE("employer-out-of-scope", 403, "Not an employer the partner may act for", 403, "01",
            "Feature Not Allowed"),
    REGION_OUT_OF_SCOPE("region-out-of-scope", 403, "Outside the partner's region", 403, "01",
            "Feature Not Allowed"),
    UNKNOWN_REGION("unknown-region", 422, "Not a region of the Kemendagri code list", 400, "01",
            "Invalid Field Format"),
    INVALID_QUERY_PARAMETER("invalid-query-parameter", 400, "Invalid query or path parameter", 400, "01",
            "Invalid Field Format"),
    IDEMPOTENCY_KEY_MISSING("idempotency-key-missing", 400, "Idempotency-Key header missing", 400, "02",
            "Invalid Mandatory Field"),
    IDEMPOTENCY_KEY_INVALID("idempotency-key-invalid", 400, "Idempotency-Key header malformed", 400, "01",
            "Invalid Field Format"),
    NOT_FOUND("not-found", 404, "Not found", 404, "00", "Not Found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed", 405, "00",
            "Requested Function Is Not Supported"),
    BILL_NOT_FOUND("bill-not-found", 404, "Bill not found", 404, "12", "Invalid Bill/Virtual Account"),
    INVALID_AMOUNT("invalid-amount", 422, "Amount differs from the bill", 404, "13", "Invalid Amount"),
    BILL_ALREADY_PAID("bill-already-paid", 409, "Bill already paid", 404, "14", "Paid Bill"),
    INCONSISTENT_REQUEST("inconsistent-request", 409, "Inconsistent request", 404, "18", "Inconsistent Request"),
    BILL_EXPIRED("bill-expired", 410, "Bill expired", 404, "19", "Invalid Bill/Virtual Account"),
    DUPLICATE_EXTERNAL_ID("duplicate-external-id", 409, "Request id already used", 409, "00", "Conflict"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "Idempotency-Key already used for another request", 409,
            "00", "Conflict"),
    IDEMPOTENCY_KEY_IN_FLIGHT("idempotency-key-in-flight", 409,
            "The first request with this Idempotency-Key is still in progress", 409, "00", "Conflict"),
    ALREADY_PARTICIPANT("already-participant", 409, "Already a participant", 409, "00", "Conflict"),
    INVALID_ENROLLMENT("invalid-enrollment", 422, "The enrollment breaks a rule", 400, "01",
            "Invalid Field Format"),
    ALREADY_EMPLOYEE("already-employee", 409, "Already an employee of this employer", 409, "00", "Conflict"),
    INVALID_EMPLOYEE("invalid-employee", 422, "The registration breaks a rule", 400, "01", "Invalid Field Format"),
    INVALID_WAGE_REPORT("invalid-wage-report", 422, "The wage report breaks a rule", 400, "01",
            "Invalid Field Format"),
    WAGE_REPORT_VERSION_CONFLICT("wage-report-version-conflict", 409,
            "This version of the wage report was sent before with other content", 409, "00", "Conflict"),
    WAGE_REPORT_SUPERSEDED("wage-report-superseded", 409, "A later version of the wage report is in force", 409,
            "00", "Conflict"),
    PERIOD_CLOSED("period-closed", 409, "The period is paid; its wages can no longer change", 409, "00", "Conflict"),
    PARTNER_CONFLICT("partner-conflict", 409, "Another partner already has that id, client key or client id", 409,
            "00", "Conflict"),
    PARTNER_MANAGED_BY_FILE("partner-managed-by-file", 409,
            "The partner file sets this partner at every start: change it there", 409, "00", "Conflict"),
    INVALID_PERIOD("invalid-period", 422, "No contribution can be computed for that period", 400, "01",
            "Invalid Field Format"),
    NO_CONTRIBUTION("no-contribution", 404, "No contribution for that period", 404, "00", "Not Found"),
    NO_MEMBERS("no-members", 422, "Nobody to bill", 404, "12", "Invalid Bill/Virtual Account"),
    BUDGET_EXCEEDED("budget-exceeded", 422, "The payer's budget for the year has not enough left", 400, "01",
            "Invalid Field Format"),
    INVALID_POPULATION_FIGURES("invalid-population-figures", 422, "The working-population figures are refused whole",
            400, "01", "Invalid Field Format"),
    SPONSORSHIP_CONFLICT("sponsorship-conflict", 409, "Another payer covers a month of the sponsorship", 409, "00",
            "Conflict"),
    INVALID_SPONSORSHIP("invalid-sponsorship", 422, "The sponsorship breaks a rule", 400, "01",
            "Invalid Field Format"),
    NOT_PAYABLE_AHEAD("not-payable-ahead", 422, "Not payable that far ahead", 400, "01", "Invalid Field Format"),
    REQUEST_INCOMPLETE("request-incomplete", 408, "The request did not arrive whole in time", 400, "00",
            "Bad Request"),
    TOO_MANY_REQUESTS("too-many-requests", 429, "Too many requests", 429, "00", "Too Many Requests"),
    INTERNAL_ERROR("internal-error", 500, "Internal error", 500, "00", "General Error"),
    BANK_UNAVAILABLE("bank-unavailable", 502, "The bank's service gave no usable answer", 500, "00",
            "General Error"),
    CORE_UNAVAILABLE("core-unavailable", 503, "Core service unavailable", 500, "00", "General Error"),
    /** The gateway itself cannot serve now (starting, its database refusing connections): nothing was done. */
    UNAVAILABLE("unavailable", 503, "Service unavailable, retry later", 500, "00", "General Error"),
    TIMEOUT("timeout", 504, "Timeout", 504, "00", "Timeout");

    private static final String TYPE_BASE = "https://api.jamsostek.example/problems/";

    private final String slug;
    private final URI type;
    private final int status;
    private final String title;
    private final int snapStatus;
    private final String snapCase;
    private final String snapMessage;

    Problem(String slug, int status, String title, int snapStatus, String snapCase, String snapMessage) {
        this.slug = slug;
        this.type = URI.create(TYPE_BASE + slug);
        this.status = status;
        this.title = title;
        this.snapStatus = snapStatus;
        this.snapCase = snapCase;
        this.snapMessage = snapMessage;
    }

    /** The last segment of the type, e.g. "not-found". */
    public String slug() {
        return slug;
    }

    public URI type() {
        return type;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public int snapStatus() {
        return snapStatus;
    }

    /** HTTP status + service code + case code, e.g. 4042412. */
    public String snapResponseCode(String serviceCode) {
        return snapStatus + serviceCode + snapCase;
    }

    /** "Invalid Field Format customerNo", "Unauthorized. Signature", "Invalid Bill/Virtual Account [Not Found]". */
    public String snapResponseMessage(String detail) {
        if (detail == null || detail.isEmpty()) {
            return snapMessage;
        }
        return switch (this) {
            case INVALID_FIELD_FORMAT, MISSING_MANDATORY_FIELD, UNAUTHORIZED -> snapMessage + " " + detail;
            default -> snapMessage + " [" + detail + "]";
        };
    }
}
