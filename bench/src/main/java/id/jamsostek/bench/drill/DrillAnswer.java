package id.jamsostek.bench.drill;

import java.time.Instant;
import java.util.Objects;

/**
 * One answer a bank got during a drill (or none).
 *
 * @param paymentRequestId the payment it was about; a drill makes every payment's id unique across its banks
 * @param customerNo       the bill's customer number
 * @param responseCode     the SNAP responseCode, null when there was no SNAP answer
 * @param kind             what the answer says about the payment
 * @param at               when the answer arrived
 */
public record DrillAnswer(String paymentRequestId, String customerNo, String responseCode, AnswerKind kind,
        Instant at) {

    public DrillAnswer {
        Objects.requireNonNull(paymentRequestId, "paymentRequestId");
        Objects.requireNonNull(customerNo, "customerNo");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
    }

    /** A request sent that got no HTTP answer. */
    public static DrillAnswer none(String paymentRequestId, String customerNo, Instant at) {
        return new DrillAnswer(paymentRequestId, customerNo, null, AnswerKind.NO_ANSWER, at);
    }

    /** A request whose connection was refused. */
    public static DrillAnswer refused(String paymentRequestId, String customerNo, Instant at) {
        return new DrillAnswer(paymentRequestId, customerNo, null, AnswerKind.REFUSED, at);
    }
}
