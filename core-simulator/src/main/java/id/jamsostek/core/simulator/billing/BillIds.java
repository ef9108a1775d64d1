package id.jamsostek.core.simulator.billing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Bill ids derived from the content: asking twice for the same open bill gives the same id, and a bill whose amount
 * changed (a new month, a further month of late fee) gets a new one, so a payment always names exactly what it pays.
 */
final class BillIds {

    private BillIds() {
    }

    static String of(BillKind kind, String content) {
        String prefix = switch (kind) {
            case REGULAR -> "BL";
            case PAYMENT_ORDER -> "PO";
            case COLLECTIVE -> "CB";
        };
        return prefix + HexFormat.of().withUpperCase().formatHex(sha256(content)).substring(0, 24);
    }

    private static byte[] sha256(String content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }
}
