package id.jamsostek.adapters.bankapi;

/**
 * What a bank's status service (26) says about one payment. Only the bank's own flag makes a payment paid or
 * rejected; everything else the gateway cannot be sure of is {@link Unknown}, to be asked again later.
 */
public sealed interface PaymentStatus permits PaymentStatus.Paid, PaymentStatus.Rejected, NotFound, Unknown {

    /** 2002600 with paymentFlagStatus "00": the bank paid it. */
    record Paid(ReportedPayment payment) implements PaymentStatus {}

    /** 2002600 with paymentFlagStatus "01": the bank says the payment did not go through. */
    record Rejected(ReportedPayment payment) implements PaymentStatus {}
}
