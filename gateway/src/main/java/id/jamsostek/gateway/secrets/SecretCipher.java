package id.jamsostek.gateway.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts partner secrets for the database with the key-encryption key (AES-256-GCM). The partner id is bound in
 * as associated data, so a ciphertext copied onto another partner's row does not open.
 */
public final class SecretCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final KeyRing keys;
    private final SecureRandom random = new SecureRandom();

    public SecretCipher(KeyRing keys) {
        this.keys = keys.requireLength("the key-encryption key", 32);
    }

    public record Sealed(String keyId, byte[] ciphertext) {}

    public Sealed seal(String partnerId, byte[] secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys.current(), nonce, partnerId);
            byte[] sealed = cipher.doFinal(secret);
            return new Sealed(keys.currentId(), ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a partner secret", e);
        }
    }

    public byte[] open(String partnerId, Sealed sealed) {
        byte[] key = keys.byId(sealed.keyId()).orElseThrow(() -> new IllegalStateException(
                "partner " + partnerId + " secret is sealed with key-encryption key '" + sealed.keyId()
                        + "', which is not configured"));
        ByteBuffer buffer = ByteBuffer.wrap(sealed.ciphertext());
        byte[] nonce = new byte[NONCE_BYTES];
        buffer.get(nonce);
        byte[] body = new byte[buffer.remaining()];
        buffer.get(body);
        try {
            return cipher(Cipher.DECRYPT_MODE, key, nonce, partnerId).doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("partner " + partnerId + " secret does not open with its key", e);
        }
    }

    private static Cipher cipher(int mode, byte[] key, byte[] nonce, String partnerId)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(partnerId.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
