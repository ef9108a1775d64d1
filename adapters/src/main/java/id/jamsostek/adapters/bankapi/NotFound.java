package id.jamsostek.adapters.bankapi;

/**
 * The bank answered that it has no such transaction (404xx01) or virtual account (404xx12): a definite answer, not
 * a failure of the call.
 */
public record NotFound(String responseCode, String responseMessage) implements PaymentStatus, BankReport {}
