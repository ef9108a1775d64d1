package id.jamsostek.snap;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SNAP signatures: SHA256withRSA over {@code clientKey|timestamp} for the access token (service 73), and
 * HMAC-SHA512 with the client secret over the transaction string to sign.
 *
 * <p>Used in both directions: to verify what a bank sends us, and to sign as a bank would (tests, load
 * clients) or toward a bank (our outbound client). Inputs are taken as received; nothing is normalised
 * beyond the body minification that the standard prescribes.
 */
public final class SnapSignatures {

    private static final HexFormat HEX = HexFormat.of();
    private static final Base64.Encoder BASE64 = Base64.getEncoder();
    private static final Base64.Decoder BASE64_DECODER = Base64.getDecoder();
    private static final byte[] EMPTY = new byte[0];

    private SnapSignatures() {
    }

    /** Base64(SHA256withRSA(key, clientKey + "|" + timestamp)). */
    public static String signAccessToken(PrivateKey key, String clientKey, String timestamp) {
        Objects.requireNonNull(key, "key");
        Signature signer = CryptoInstances.sha256WithRsa();
        try {
            signer.initSign(key);
            signer.update(accessTokenStringToSign(clientKey, timestamp).getBytes(UTF_8));
            return BASE64.encodeToString(signer.sign());
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("Not a usable RSA private key: " + e.getMessage(), e);
        } catch (SignatureException e) {
            throw new IllegalStateException("RSA signing failed", e);
        }
    }

    /**
     * Whether {@code signatureBase64} is the client's SHA256withRSA signature of
     * {@code clientKey|timestamp}. Returns false, never throws, for a missing, malformed or wrong signature;
     * throws {@link IllegalArgumentException} only when {@code key} is not an RSA public key (a
     * configuration error, not a bad request).
     */
    public static boolean verifyAccessToken(PublicKey key, String clientKey, String timestamp, String signatureBase64) {
        Objects.requireNonNull(key, "key");
        if (clientKey == null || timestamp == null || signatureBase64 == null) {
            return false;
        }
        byte[] signature;
        try {
            signature = BASE64_DECODER.decode(signatureBase64);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        Signature verifier = CryptoInstances.sha256WithRsa();
        try {
            verifier.initVerify(key);
            verifier.update(accessTokenStringToSign(clientKey, timestamp).getBytes(UTF_8));
            return verifier.verify(signature);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("Not a usable RSA public key: " + e.getMessage(), e);
        } catch (SignatureException wrongLengthOrEncoding) {
            return false;
        }
    }

    /** {@code clientKey + "|" + timestamp}: what the access-token signature covers. */
    public static String accessTokenStringToSign(String clientKey, String timestamp) {
        return Objects.requireNonNull(clientKey, "clientKey") + "|" + Objects.requireNonNull(timestamp, "timestamp");
    }

    /** Base64(HMAC-SHA512(clientSecret, {@link #transactionStringToSign})). */
    public static String signTransaction(byte[] clientSecret, String method, String relativePath, String accessToken,
            byte[] body, String timestamp) {
        return BASE64.encodeToString(
                hmacSha512(clientSecret, transactionStringToSign(method, relativePath, accessToken, body, timestamp)));
    }

    /**
     * Whether {@code signatureBase64} is the HMAC-SHA512 of this request, compared in constant time.
     * {@code body} is the bytes as received (whitespace outside strings is ignored). Returns false for a
     * missing or malformed signature.
     */
    public static boolean verifyTransaction(byte[] clientSecret, String method, String relativePath,
            String accessToken, byte[] body, String timestamp, String signatureBase64) {
        if (signatureBase64 == null) {
            return false;
        }
        byte[] presented;
        try {
            presented = BASE64_DECODER.decode(signatureBase64);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        byte[] expected =
                hmacSha512(clientSecret, transactionStringToSign(method, relativePath, accessToken, body, timestamp));
        return MessageDigest.isEqual(expected, presented);
    }

    /**
     * {@code METHOD:relativePath:accessToken:bodyDigestHex(body):timestamp}, each part as given:
     * {@code relativePath} is the path as the client sent it, prefix and query string included.
     */
    public static String transactionStringToSign(String method, String relativePath, String accessToken, byte[] body,
            String timestamp) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(timestamp, "timestamp");
        String bodyDigest = bodyDigestHex(body);
        return new StringBuilder(method.length() + relativePath.length() + accessToken.length()
                        + bodyDigest.length() + timestamp.length() + 4)
                .append(method).append(':')
                .append(relativePath).append(':')
                .append(accessToken).append(':')
                .append(bodyDigest).append(':')
                .append(timestamp)
                .toString();
    }

    /** Lowercase hex SHA-256 of the minified body; a null or empty body hashes the empty string. */
    public static String bodyDigestHex(byte[] body) {
        byte[] minified = body == null ? EMPTY : JsonMinifier.minify(body);
        return HEX.formatHex(CryptoInstances.sha256().digest(minified));
    }

    private static byte[] hmacSha512(byte[] clientSecret, String stringToSign) {
        Objects.requireNonNull(clientSecret, "clientSecret");
        if (clientSecret.length == 0) {
            throw new IllegalArgumentException("Client secret is empty");
        }
        Mac mac = CryptoInstances.hmacSha512();
        try {
            mac.init(new SecretKeySpec(clientSecret, "HmacSHA512"));
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("Client secret is not a usable HMAC key", e);
        }
        return mac.doFinal(stringToSign.getBytes(UTF_8));
    }
}
