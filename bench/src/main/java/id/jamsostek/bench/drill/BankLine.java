package id.jamsostek.bench.drill;

/**
 * How a drill reaches the gateway as its banks: signs each request as SNAP says and sends it to one of the gateway
 * instances. Implementations never throw: a request without an answer is a {@link DrillAnswer} too.
 */
public interface BankLine {

    /** How many gateway instances there are to send to (0, 1, ...). */
    int instances();

    /** A VA inquiry of the bill before paying (it lets the gateway check a payment while the core is down). */
    boolean inquire(int bank, String customerNo, String inquiryRequestId, String externalId, int instance);

    /** A VA payment (or its advice) and what the bank heard. */
    DrillAnswer pay(PaymentAttempt attempt, int instance);
}
