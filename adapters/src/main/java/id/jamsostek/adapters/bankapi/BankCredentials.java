package id.jamsostek.adapters.bankapi;

import java.security.PrivateKey;
import java.util.Objects;

/**
 * What the gateway signs with toward one bank: our RSA private key (the token signature, service 73) and the client
 * secret the bank gave us (the HMAC of every transaction). In memory only; it never prints.
 */
public final class BankCredentials {

    private final PrivateKey signingKey;
    private final byte[] clientSecret;

    public BankCredentials(PrivateKey signingKey, byte[] clientSecret) {
        this.signingKey = Objects.requireNonNull(signingKey, "signingKey");
        Objects.requireNonNull(clientSecret, "clientSecret");
        if (clientSecret.length == 0) {
            throw new IllegalArgumentException("the bank's client secret is empty");
        }
        this.clientSecret = clientSecret.clone();
    }

    PrivateKey signingKey() {
        return signingKey;
    }

    byte[] clientSecret() {
        return clientSecret;
    }

    @Override
    public String toString() {
        return "BankCredentials[****]";
    }
}
