package id.jamsostek.gateway.partner.credentials;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * An OAuth client secret as the gateway keeps it: a slow one-way hash (PBKDF2-HMAC-SHA256, random salt), which can
 * verify a secret presented but never give it back. Stored as {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}
 * (base64), so the work factor can be raised for new hashes while the old ones still verify. It never prints.
 */
public final class SecretHash {

    private static final String SCHEME = "pbkdf2-sha256";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String encoded;

    private SecretHash(String encoded) {
        this.encoded = encoded;
    }

    /** Slow on purpose (what the iterations say): call it off the event loop. */
    public static SecretHash of(byte[] secret, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return new SecretHash(String.join("$", SCHEME, Integer.toString(iterations), base64.encodeToString(salt),
                base64.encodeToString(pbkdf2(secret, salt, iterations))));
    }

    /** As stored; refuses anything not in this form, so a stored value cannot be mistaken for a hash. */
    public static SecretHash parse(String encoded) {
        String[] parts = encoded.split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0]) || !parts[1].matches("[1-9][0-9]{0,8}")) {
            throw new IllegalArgumentException("not a " + SCHEME + " secret hash");
        }
        Base64.getDecoder().decode(parts[2]);
        Base64.getDecoder().decode(parts[3]);
        return new SecretHash(encoded);
    }

    /** Whether {@code presented} is the secret hashed; as slow as the hash was made, in constant time. */
    public boolean verifies(byte[] presented) {
        if (presented.length == 0) {
            return false;
        }
        String[] parts = encoded.split("\\$");
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, pbkdf2(presented, salt, Integer.parseInt(parts[1])));
    }

    public String encoded() {
        return encoded;
    }

    private static byte[] pbkdf2(byte[] secret, byte[] salt, int iterations) {
        char[] password = new String(secret, StandardCharsets.UTF_8).toCharArray();
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(password, '\0');
        }
    }

    @Override
    public String toString() {
        return "SecretHash[****]";
    }
}
