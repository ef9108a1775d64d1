package id.jamsostek.gateway.partner;

import java.time.Duration;
import java.util.Objects;

/**
 * How one bank is served.
 *
 * @param pathPrefix       what the bank puts before /v1.0/... ("" or e.g. "/openapi")
 * @param deadline         the whole request's budget, toward the core included
 * @param repeatedPayment  what a repeat of a payment (same X-EXTERNAL-ID and paymentRequestId) gets
 * @param unknownOutcome   what a payment gets when the core's answer cannot be had
 */
public record BankProfile(String pathPrefix, Duration deadline, RepeatedPayment repeatedPayment,
        UnknownOutcome unknownOutcome) {

    public enum RepeatedPayment {
        /** the recorded answer again (the default) */
        REPLAY,
        /** 4042518 "Inconsistent Request" with the first verdict, never after a failed first attempt */
        INCONSISTENT_REQUEST
    }

    public enum UnknownOutcome {
        /** accept: the bill was known and the payment is durable; post it when the core is back (the default) */
        ACCEPT,
        /** answer 5042500 with paymentFlagStatus "02" and settle it later */
        PENDING
    }

    public BankProfile {
        Objects.requireNonNull(pathPrefix, "pathPrefix");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(repeatedPayment, "repeatedPayment");
        Objects.requireNonNull(unknownOutcome, "unknownOutcome");
        if (!pathPrefix.matches("(/[A-Za-z0-9._~-]+)*")) {
            throw new IllegalArgumentException("a path prefix is empty or like /openapi");
        }
    }
}
