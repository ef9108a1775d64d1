package id.jamsostek.gateway.oauth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The RSA keys the gateway signs partner access tokens with, from the environment as
 * {@code kid:base64(PKCS#8 DER)[,kid:...]}: the first signs, all verify and are published in the JWKS, so a key
 * rotates by being added first, then removed once its tokens have expired. Shared by every instance.
 */
public final class SigningKeys {

    private final List<RSAKey> keys;

    private SigningKeys(List<RSAKey> keys) {
        this.keys = List.copyOf(keys);
    }

    public static SigningKeys parse(String variable, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(variable + " is not set: give it as kid:base64(PKCS#8 RSA key)[,...]");
        }
        List<RSAKey> keys = new ArrayList<>();
        for (String entry : value.split(",")) {
            String[] parts = entry.trim().split(":", 2);
            if (parts.length != 2 || !parts[0].matches("[A-Za-z0-9._-]{1,32}")) {
                throw new IllegalStateException(variable + " entries look like kid:base64key");
            }
            try {
                RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                        .generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(parts[1].trim())));
                RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(
                        new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
                if (publicKey.getModulus().bitLength() < 2048) {
                    throw new IllegalStateException(variable + " key '" + parts[0] + "' is shorter than 2048 bits");
                }
                keys.add(new RSAKey.Builder(publicKey).privateKey(privateKey).keyID(parts[0])
                        .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build());
            } catch (IllegalStateException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(variable + " key '" + parts[0] + "' is not a PKCS#8 RSA private key");
            }
        }
        return new SigningKeys(keys);
    }

    public RSAKey current() {
        return keys.getFirst();
    }

    /** Every key's id, the signing one first. */
    public List<String> ids() {
        return keys.stream().map(RSAKey::getKeyID).toList();
    }

    public Optional<RSAKey> byId(String kid) {
        return keys.stream().filter(key -> key.getKeyID().equals(kid)).findFirst();
    }

    /** The public halves, for /oauth2/jwks. */
    public JWKSet publicSet() {
        return new JWKSet(keys.stream().map(key -> (com.nimbusds.jose.jwk.JWK) key.toPublicJWK()).toList());
    }

    public boolean containsModulus(java.math.BigInteger modulus) {
        return keys.stream().anyMatch(key -> key.getModulus().decodeToBigInteger().equals(modulus));
    }

    @Override
    public String toString() {
        return "SigningKeys" + keys.stream().map(RSAKey::getKeyID).toList();
    }
}
