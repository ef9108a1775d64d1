package id.jamsostek.bench.drill;

/**
 * One payment request a drill sends: a bill paid by one of its banks, under one X-EXTERNAL-ID.
 *
 * @param bank             which of the drill's banks sends it (0, 1, ...)
 * @param customerNo       the bill's customer number (the virtual account is the bank's company code and this)
 * @param paymentRequestId the payment it belongs to
 * @param amount           the amount paid, as SNAP writes it ("16800.00")
 * @param externalId       the X-EXTERNAL-ID (digits)
 * @param role             why the drill sends it; advices go out with flagAdvise "Y"
 */
public record PaymentAttempt(int bank, String customerNo, String paymentRequestId, String amount, String externalId,
        Role role) {

    /** Why a request is sent. */
    public enum Role {
        /** The payment itself. */
        FIRST,
        /** The very same request again (same X-EXTERNAL-ID, same bytes), at the same time: a storm. */
        SAME_EXTERNAL_ID,
        /** The payment again under a new X-EXTERNAL-ID (flagAdvise "N"), at the same time: a storm. */
        SAME_PAYMENT_REQUEST_ID,
        /** An advice: flagAdvise "Y", a new X-EXTERNAL-ID, seconds later. */
        ADVICE,
        /** A second payment of a bill already paid (another bank, another paymentRequestId): must be refused. */
        SECOND_PAYMENT,
        /** An advice sent at the end for a payment without a verdict yet, as a bank's reconciliation does. */
        SETTLING_ADVICE
    }

    public boolean advice() {
        return role == Role.ADVICE || role == Role.SETTLING_ADVICE;
    }

    /** The same payment under another X-EXTERNAL-ID, for another reason. */
    PaymentAttempt again(String newExternalId, Role newRole) {
        return new PaymentAttempt(bank, customerNo, paymentRequestId, amount, newExternalId, newRole);
    }
}
