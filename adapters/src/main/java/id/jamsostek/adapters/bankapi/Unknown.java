package id.jamsostek.adapters.bankapi;

import java.util.Objects;

/**
 * No usable answer: the outcome stays unknown and is asked again later. Never read it as "failed".
 *
 * @param responseCode  the bank's SNAP response code when it gave one; null otherwise
 * @param detail        what an operator needs to follow up (never secrets, never a customer number)
 */
public record Unknown(Reason reason, String responseCode, String detail) implements PaymentStatus, BankReport {

    public enum Reason {
        /** no answer within the attempt timeout or the call budget */
        TIMEOUT,
        /** refused, reset or broken connection */
        CONNECTION,
        /** a 5xx from the bank */
        SERVER_ERROR,
        /** a body that is not the SNAP answer it should be */
        MALFORMED_ANSWER,
        /** the bank's breaker is open after repeated failures */
        BREAKER_OPEN,
        /** our own limit of calls in flight toward the bank is reached */
        OVERLOADED,
        /** the bank said "not now" (408, 429) */
        THROTTLED,
        /** the bank gave no B2B token (wrong key, unknown client, ...) */
        TOKEN_REFUSED,
        /** the bank is still processing the payment (202xx00 or paymentFlagStatus "02") */
        IN_PROGRESS,
        /** the bank answered about another payment than the one asked */
        MISMATCH,
        /** a response code this client does not map to an outcome */
        UNEXPECTED_RESPONSE
    }

    public Unknown {
        Objects.requireNonNull(reason, "reason");
    }
}
