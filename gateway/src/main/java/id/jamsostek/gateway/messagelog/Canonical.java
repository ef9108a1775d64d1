package id.jamsostek.gateway.messagelog;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The one byte encoding that entry hashes, anchor signatures and payload associated data are computed over: a
 * label, then each field as a 4-byte big-endian length and its bytes (text in UTF-8, numbers as decimal text, null
 * as length -1). Lengths make it unambiguous: no field can borrow bytes from its neighbour.
 */
final class Canonical {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

    private Canonical(String label) {
        text(label);
    }

    static Canonical of(String label) {
        return new Canonical(label);
    }

    Canonical text(String value) {
        return bytes(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    Canonical number(long value) {
        return text(Long.toString(value));
    }

    Canonical bytes(byte[] value) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            out.writeBytes(value);
        }
        return this;
    }

    byte[] encoded() {
        return out.toByteArray();
    }

    byte[] sha256() {
        return sha256(encoded());
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
