package id.jamsostek.gateway.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The Idempotency-Key toward the core, derived from the caller's own key: the same request retried, on any instance,
 * reaches the core under the same key; two partners' keys never meet.
 */
public final class CoreKeys {

    private CoreKeys() {}

    public static String derive(String partnerId, String operation, String inboundKey) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {partnerId, operation, inboundKey}) {
                sha256.update(part.getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
