package id.jamsostek.gateway.secrets;

import id.jamsostek.snap.PemKeys;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.util.Optional;

/**
 * The gateway's own RSA private key toward the banks (its public half is registered at every bank we call): it signs
 * our B2B token requests. From {@code GATEWAY_SECRETS_SNAP_PRIVATE_KEY} only, PKCS#8 PEM or its base64 body; the demo
 * profile falls back to the published SNAP demo key, which is refused anywhere else. Without it the gateway serves
 * banks as before and only refuses to call them. It never prints.
 */
public final class SnapClientKey {

    static final String VARIABLE = "GATEWAY_SECRETS_SNAP_PRIVATE_KEY";

    private final PrivateKey key;

    private SnapClientKey(PrivateKey key) {
        this.key = key;
    }

    /** @param value the setting, null when unset; @param demo whether the demo profile is active */
    public static SnapClientKey resolve(String value, boolean demo) {
        if (value == null || value.isBlank()) {
            return new SnapClientKey(demo ? PemKeys.rsaPrivateKey(DemoCredentials.SNAP_PRIVATE_KEY) : null);
        }
        PrivateKey key;
        try {
            key = PemKeys.rsaPrivateKey(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(VARIABLE + ": " + e.getMessage());
        }
        if (!demo && key instanceof RSAPrivateKey rsa && rsa.getModulus().equals(DemoCredentials.modulus())) {
            throw new IllegalStateException(VARIABLE + " holds the published demo key; it is allowed only under the '"
                    + DemoCredentials.PROFILE + "' profile");
        }
        return new SnapClientKey(key);
    }

    /** The key; throws with what to set when there is none. */
    public PrivateKey require() {
        return Optional.ofNullable(key).orElseThrow(() -> new IllegalStateException(VARIABLE
                + " is not set: the gateway has no key to sign its token requests to the banks with"));
    }

    @Override
    public String toString() {
        return "SnapClientKey[" + (key == null ? "absent" : "****") + "]";
    }
}
