package id.jamsostek.adapters.bankapi;

import id.jamsostek.contracts.VirtualAccountNo;
import java.util.Objects;

/**
 * Which payment to ask a bank about (service 26).
 *
 * @param virtualAccount    the VA the bank paid
 * @param inquiryRequestId  the inquiry it followed: the standard requires it when the bill is kept by the biller,
 *                          as ours are
 * @param paymentRequestId  the bank's id of the payment
 */
public record StatusQuery(VirtualAccountNo virtualAccount, String inquiryRequestId, String paymentRequestId) {

    public StatusQuery {
        Objects.requireNonNull(virtualAccount, "virtualAccount");
        requireId(inquiryRequestId, "inquiryRequestId");
        requireId(paymentRequestId, "paymentRequestId");
    }

    /**
     * A payment that followed an inquiry: SNAP banks send the inquiry's id as the paymentRequestId, so it names the
     * inquiry too.
     */
    public static StatusQuery ofPayment(VirtualAccountNo virtualAccount, String paymentRequestId) {
        return new StatusQuery(virtualAccount, paymentRequestId, paymentRequestId);
    }

    private static void requireId(String id, String name) {
        if (id == null || id.isEmpty() || id.length() > 128) {
            throw new IllegalArgumentException(name + " is 1-128 characters");
        }
    }
}
