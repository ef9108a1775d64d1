package id.jamsostek.gateway.partner.administration;

import id.jamsostek.gateway.partner.Registrations;
import id.jamsostek.gateway.partner.credentials.ClientSecret;
import java.util.Set;

/**
 * The OAuth2 client part of a REST partner's registration; the secret, if any, is sealed on the way in.
 *
 * @param scopes what the client may ask for: a subset of its kind's scopes
 */
public record ClientRegistration(String clientId, ClientSecret clientSecret, String jwtPublicKeyPem,
        Set<String> scopes) {

    public ClientRegistration {
        Registrations.require(clientId != null && clientId.matches("[A-Za-z0-9._-]{3,64}"), "clientId",
                "clientId is 3-64 safe characters");
        Registrations.require(clientSecret != null || jwtPublicKeyPem != null, "clientSecret",
                "a client needs a secret (clientSecretEnv in the partner file), a publicKeyPem (private_key_jwt) or both");
        Registrations.require(clientSecret == null || clientSecret.bytes().length >= 16, "clientSecret",
                "a client secret has at least 16 bytes");
        if (jwtPublicKeyPem != null) {
            Registrations.requirePublicKey("publicKeyPem", jwtPublicKeyPem);
        }
        Registrations.require(scopes != null && !scopes.isEmpty(), "scopes", "scopes needs at least one scope");
        scopes = Set.copyOf(scopes);
    }

    /** Refuses scopes that are not of the partner's kind. */
    ClientRegistration within(Set<String> kindScopes) {
        Registrations.scopes(scopes, kindScopes);
        return this;
    }
}
