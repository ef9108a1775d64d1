package id.jamsostek.gateway.partner;

import id.jamsostek.gateway.partner.credentials.Rotation;
import id.jamsostek.gateway.partner.credentials.SecretHash;
import java.security.PublicKey;
import java.util.Optional;

/**
 * How a REST partner authenticates at the token endpoint.
 *
 * @param clientSecrets the hashes of its secret (and the previous one during a rotation's overlap), for
 *                     client_secret_basic / client_secret_post; empty if it uses private_key_jwt only
 * @param jwtKeys      the key its client assertions are signed with (and the previous one during a rotation's
 *                     overlap); empty if it uses a secret only
 */
public record OAuthClient(RestPartner partner, String clientId, Optional<Rotation<SecretHash>> clientSecrets,
        Optional<Rotation<PublicKey>> jwtKeys) {
}
