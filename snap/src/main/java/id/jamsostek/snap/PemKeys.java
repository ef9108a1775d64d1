package id.jamsostek.snap;

import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the RSA keys banks register with us (X.509 SubjectPublicKeyInfo, {@code BEGIN PUBLIC KEY}) and
 * our own private keys (PKCS#8, {@code BEGIN PRIVATE KEY}), as PEM or as the bare base64 body.
 *
 * <p>Error messages never repeat the input: it may be a private key.
 */
public final class PemKeys {

    private static final String PUBLIC_LABEL = "PUBLIC KEY";
    private static final String PRIVATE_LABEL = "PRIVATE KEY";
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Base64.Encoder PEM_BODY = Base64.getMimeEncoder(64, new byte[] {'\n'});

    private PemKeys() {
    }

    /** An RSA public key from {@code BEGIN PUBLIC KEY} PEM or its bare base64 body. */
    public static PublicKey rsaPublicKey(String pem) {
        byte[] der = derOf(pem, PUBLIC_LABEL, "openssl rsa -RSAPublicKey_in -pubout");
        try {
            return rsaKeyFactory().generatePublic(new X509EncodedKeySpec(der));
        } catch (InvalidKeySpecException e) {
            throw new IllegalArgumentException("Not an RSA public key in X.509 SubjectPublicKeyInfo form", e);
        }
    }

    /** An RSA private key from PKCS#8 {@code BEGIN PRIVATE KEY} PEM or its bare base64 body. */
    public static PrivateKey rsaPrivateKey(String pem) {
        byte[] der = derOf(pem, PRIVATE_LABEL, "openssl pkcs8 -topk8 -nocrypt");
        try {
            return rsaKeyFactory().generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (InvalidKeySpecException e) {
            // The cause is left out on purpose: some providers put key bytes in their messages.
            throw new IllegalArgumentException("Not an unencrypted RSA private key in PKCS#8 form");
        }
    }

    /** {@code BEGIN PUBLIC KEY} PEM with 64-character lines and a final newline. */
    public static String toPem(PublicKey key) {
        Objects.requireNonNull(key, "key");
        if (!"X.509".equals(key.getFormat())) {
            throw new IllegalArgumentException("Public key has no X.509 encoding: " + key.getFormat());
        }
        return "-----BEGIN " + PUBLIC_LABEL + "-----\n"
                + PEM_BODY.encodeToString(key.getEncoded())
                + "\n-----END " + PUBLIC_LABEL + "-----\n";
    }

    private static byte[] derOf(String pem, String expectedLabel, String conversionHint) {
        if (pem == null || pem.isBlank()) {
            throw new IllegalArgumentException("Key is empty");
        }
        String body = pem.strip();
        if (body.startsWith("-----BEGIN ")) {
            Matcher matcher = PEM.matcher(body);
            if (!matcher.find() || matcher.start() != 0) {
                throw new IllegalArgumentException("Malformed PEM: no matching -----END line");
            }
            String label = matcher.group(1);
            if (!label.equals(expectedLabel)) {
                throw new IllegalArgumentException("Expected PEM '" + expectedLabel + "' but got '" + label
                        + "'" + (label.startsWith("RSA ") ? "; convert it with: " + conversionHint : ""));
            }
            body = matcher.group(2);
        }
        try {
            return Base64.getDecoder().decode(WHITESPACE.matcher(body).replaceAll(""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Key is neither PEM '" + expectedLabel + "' nor base64");
        }
    }

    private static KeyFactory rsaKeyFactory() {
        try {
            return KeyFactory.getInstance("RSA");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JDK lacks RSA", e);
        }
    }
}
