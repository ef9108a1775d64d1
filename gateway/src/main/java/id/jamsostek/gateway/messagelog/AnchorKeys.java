package id.jamsostek.gateway.messagelog;

import id.jamsostek.gateway.secrets.DemoCredentials;
import id.jamsostek.snap.PemKeys;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The RSA key anchors are signed with ({@code GATEWAY_SECRETS_MESSAGE_LOG_KEY}, PKCS#8 PEM or its base64 body) and
 * the public keys they are checked with: the signing key's own and any retired ones
 * ({@code GATEWAY_MESSAGE_LOG_VERIFY_KEYS}, X.509 PEM or base64, comma-separated; public, so an auditor can verify
 * without the private key). The demo profile signs with the published SNAP demo key, which is refused anywhere else.
 * The private key never prints.
 */
public final class AnchorKeys {

    static final String VARIABLE = "GATEWAY_SECRETS_MESSAGE_LOG_KEY";
    private static final String ALGORITHM = "SHA256withRSA";

    private final PrivateKey signing;
    private final String signingId;
    private final Map<String, PublicKey> verifying;

    private AnchorKeys(PrivateKey signing, String signingId, Map<String, PublicKey> verifying) {
        this.signing = signing;
        this.signingId = signingId;
        this.verifying = verifying;
    }

    /**
     * @param signingKey the private key setting, null when unset
     * @param verifyKeys further public keys, null or blank when none
     * @param demo       whether the demo profile is active
     */
    public static AnchorKeys resolve(String signingKey, String verifyKeys, boolean demo) {
        Map<String, PublicKey> verifying = new LinkedHashMap<>();
        if (verifyKeys != null && !verifyKeys.isBlank()) {
            for (String value : verifyKeys.split(",")) {
                try {
                    PublicKey key = PemKeys.rsaPublicKey(value.strip());
                    verifying.put(fingerprint(key), key);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("GATEWAY_MESSAGE_LOG_VERIFY_KEYS: " + e.getMessage());
                }
            }
        }
        String value = signingKey == null || signingKey.isBlank()
                ? (demo ? DemoCredentials.SNAP_PRIVATE_KEY : null) : signingKey;
        if (value == null) {
            return new AnchorKeys(null, null, verifying);
        }
        PrivateKey key;
        try {
            key = PemKeys.rsaPrivateKey(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(VARIABLE + ": " + e.getMessage());
        }
        if (!(key instanceof RSAPrivateCrtKey rsa)) {
            throw new IllegalStateException(VARIABLE + " must be an RSA private key with its CRT parameters (PKCS#8)");
        }
        if (!demo && rsa.getModulus().equals(DemoCredentials.modulus())) {
            throw new IllegalStateException(VARIABLE + " holds the published demo key; it is allowed only under the '"
                    + DemoCredentials.PROFILE + "' profile");
        }
        PublicKey publicKey = publicOf(rsa);
        String id = fingerprint(publicKey);
        verifying.put(id, publicKey);
        return new AnchorKeys(key, id, verifying);
    }

    /** Whether anchors can be signed with these keys (the gateway needs it; the verifier does not). */
    public boolean canSign() {
        return signing != null;
    }

    /** @param time the anchor's time, kept to the microsecond as PostgreSQL keeps it */
    Anchor sign(ChainHead head, Instant time) {
        Instant at = time.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        if (signing == null) {
            throw new IllegalStateException(VARIABLE + " is not set: the message log cannot sign its anchors");
        }
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(signing);
            signature.update(Anchor.signedBytes(head.instance(), head.month(), head.seq(), head.hash(), at, signingId));
            return new Anchor(head.instance(), head.month(), head.seq(), head.hash(), at, signingId, signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a message log anchor", e);
        }
    }

    /** What is wrong with an anchor's signature, or null when it holds. */
    String problemWith(Anchor anchor) {
        PublicKey key = verifying.get(anchor.keyId());
        if (key == null) {
            return "signed with key " + anchor.keyId() + ", which is not among the verification keys";
        }
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(anchor.signedBytes());
            return signature.verify(anchor.signature()) ? null : "signature does not verify";
        } catch (GeneralSecurityException e) {
            return "signature does not verify";
        }
    }

    /** The public keys anchors are checked with, as GATEWAY_MESSAGE_LOG_VERIFY_KEYS takes them: for auditors. */
    public String publicKeysPem() {
        return String.join(",", verifying.values().stream().map(PemKeys::toPem).toList());
    }

    /** The first 8 bytes of SHA-256 over the key's X.509 encoding, in hex. */
    static String fingerprint(PublicKey key) {
        return HexFormat.of().formatHex(Arrays.copyOf(Canonical.sha256(key.getEncoded()), 8));
    }

    private static PublicKey publicOf(RSAPrivateCrtKey key) {
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "AnchorKeys[signing=" + (signing == null ? "absent" : signingId) + ", verifying=" + verifying.keySet()
                + "]";
    }
}
