package id.jamsostek.gateway.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts for the database with AES-256-GCM under a key ring: partner secrets with the key-encryption key, the
 * partner id bound in as associated data, so a ciphertext copied onto another partner's row does not open; the
 * message log's payload archive with its own keys, each payload bound to its entry.
 */
public final class SecretCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final KeyRing keys;
    private final String name;
    /** DRBG: seeded once here, it never reads the system's entropy source again on a request's thread. */
    private final SecureRandom random = drbg();

    public SecretCipher(KeyRing keys) {
        this(keys, "the key-encryption key");
    }

    /** @param name what the keys are, for error messages */
    public SecretCipher(KeyRing keys, String name) {
        this.keys = keys.requireLength(name, 32);
        this.name = name;
    }

    public record Sealed(String keyId, byte[] ciphertext) {}

    public Sealed seal(String partnerId, byte[] secret) {
        return seal(partnerId.getBytes(StandardCharsets.UTF_8), secret);
    }

    public byte[] open(String partnerId, Sealed sealed) {
        try {
            return open(partnerId.getBytes(StandardCharsets.UTF_8), sealed);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("partner " + partnerId + " secret: " + e.getMessage(), e.getCause());
        }
    }

    /** Encrypts {@code secret} so that it opens only with the same associated data. */
    public Sealed seal(byte[] associatedData, byte[] secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys.current(), nonce, associatedData);
            byte[] sealed = cipher.doFinal(secret);
            return new Sealed(keys.currentId(), ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt with " + name, e);
        }
    }

    /** The key new secrets are sealed with: what a re-seal moves every stored secret to. */
    public String currentKeyId() {
        return keys.currentId();
    }

    /** The ids of every key-encryption key configured, the current one first. */
    public List<String> keyIds() {
        return keys.ids();
    }

    /** The plaintext; throws when the key is not configured, or when the ciphertext or its binding was altered. */
    public byte[] open(byte[] associatedData, Sealed sealed) {
        byte[] key = keys.byId(sealed.keyId()).orElseThrow(() -> new IllegalStateException(
                "sealed with " + name + " '" + sealed.keyId() + "', which is not configured"));
        ByteBuffer buffer = ByteBuffer.wrap(sealed.ciphertext());
        byte[] nonce = new byte[NONCE_BYTES];
        buffer.get(nonce);
        byte[] body = new byte[buffer.remaining()];
        buffer.get(body);
        try {
            return cipher(Cipher.DECRYPT_MODE, key, nonce, associatedData).doFinal(body);
        } catch (GeneralSecurityException | java.nio.BufferUnderflowException e) {
            throw new IllegalStateException("does not open with its key", e);
        }
    }

    private static Cipher cipher(int mode, byte[] key, byte[] nonce, byte[] associatedData)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(associatedData);
        return cipher;
    }

    private static SecureRandom drbg() {
        try {
            SecureRandom random = SecureRandom.getInstance("DRBG");
            random.nextBytes(new byte[NONCE_BYTES]);
            return random;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
