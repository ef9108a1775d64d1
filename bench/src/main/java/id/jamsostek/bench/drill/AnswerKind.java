package id.jamsostek.bench.drill;

import java.util.Map;

/**
 * What one answer of the SNAP VA payment service (25) tells a bank about its payment. Only {@link #ACCEPTED},
 * {@link #ACCEPTED_REPEAT} and {@link #REJECTED} are verdicts on the payment; the others say nothing of it.
 */
public enum AnswerKind {
    /** 2002500, paymentFlagStatus 00. */
    ACCEPTED("accepted (00)"),
    /** 4042518: a repeat of a payment that succeeded, for banks whose profile asks for it. */
    ACCEPTED_REPEAT("repeat of an accepted payment"),
    /** 5042500, paymentFlagStatus 02: recorded, outcome not known yet. */
    PENDING("pending (02)"),
    /** 404xx12/13/14/19, paymentFlagStatus 01: the payment is refused. */
    REJECTED("rejected (01)"),
    /** 4092500: the X-EXTERNAL-ID belongs to another request or one still in flight; the payment was not looked at. */
    EXTERNAL_ID_IN_USE("X-EXTERNAL-ID in use"),
    /** 429: the instance is at its in-flight limit. */
    THROTTLED("throttled (429)"),
    /** The connection was refused: nothing reached the gateway (a drill then tries another instance). */
    REFUSED("refused (connection refused)"),
    /**
     * 5xx with Retry-After: the instance cannot serve yet (starting) or now (its database unavailable) and did
     * nothing; a drill tries another instance, as for a refused connection.
     */
    UNAVAILABLE("unavailable (Retry-After)"),
    /** No HTTP answer after the request was sent: connection reset or closed, timeout. */
    NO_ANSWER("no answer (reset, timeout)"),
    /** Anything else: a drill of valid requests should never see it. */
    UNEXPECTED("unexpected");

    private static final Map<String, AnswerKind> BY_CODE = Map.of(
            "2002500", ACCEPTED,
            "4042518", ACCEPTED_REPEAT,
            "5042500", PENDING,
            "4042512", REJECTED,
            "4042513", REJECTED,
            "4042514", REJECTED,
            "4042519", REJECTED,
            "4092500", EXTERNAL_ID_IN_USE,
            "4292500", THROTTLED);

    private final String description;

    AnswerKind(String description) {
        this.description = description;
    }

    /** By the answer's responseCode; an answer without one (not SNAP JSON) by its HTTP status. */
    public static AnswerKind of(int httpStatus, String responseCode) {
        if (responseCode == null) {
            return httpStatus == 429 ? THROTTLED : UNEXPECTED;
        }
        return BY_CODE.getOrDefault(responseCode, UNEXPECTED);
    }

    public boolean accepts() {
        return this == ACCEPTED || this == ACCEPTED_REPEAT;
    }

    public boolean rejects() {
        return this == REJECTED;
    }

    /** Whether the request did nothing at the gateway, so that it may go to another instance. */
    public boolean nothingDone() {
        return this == REFUSED || this == UNAVAILABLE;
    }

    public String description() {
        return description;
    }
}
