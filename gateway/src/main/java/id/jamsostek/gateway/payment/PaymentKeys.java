package id.jamsostek.gateway.payment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of a bank payment: a hash of (partner, virtualAccountNo, paymentRequestId). An advice repeat (new
 * X-EXTERNAL-ID, same paymentRequestId) has the same key, so nothing is posted twice.
 */
public final class PaymentKeys {

    private PaymentKeys() {}

    public static String of(String partnerId, String virtualAccountNo, String paymentRequestId) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {partnerId, virtualAccountNo, paymentRequestId}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                sha256.update((byte) (bytes.length >>> 8));
                sha256.update((byte) bytes.length);
                sha256.update(bytes);
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
