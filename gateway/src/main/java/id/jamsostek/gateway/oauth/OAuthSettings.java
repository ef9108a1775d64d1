package id.jamsostek.gateway.oauth;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The OAuth2 side of the partner REST APIs (villages, employers).
 *
 * @param issuer          the gateway's issuer URL: the `iss` of its tokens; client assertions must name
 *                        issuer + "/oauth2/token" as audience
 * @param tokenLifetime   how long an access token is valid (short: a leaked token is worth little)
 * @param assertionMaxAge the longest lifetime a client assertion (private_key_jwt) may claim
 * @param jwksMaxAge      how long anyone may cache /oauth2/jwks (its Cache-Control max-age): a new signing key is
 *                        published at least this long before it signs
 * @param trustedIssuers  external authorization servers whose tokens are accepted instead, by their JWKS
 */
@ConfigurationProperties("gateway.oauth")
public record OAuthSettings(
        @DefaultValue("http://127.0.0.1:8080") URI issuer,
        @DefaultValue("300s") Duration tokenLifetime,
        @DefaultValue("5m") Duration assertionMaxAge,
        @DefaultValue("300s") Duration jwksMaxAge,
        @DefaultValue List<TrustedIssuer> trustedIssuers) {

    /**
     * @param issuer              its `iss`
     * @param jwksUri             where its signing keys are published
     * @param clientIdClaim       the claim that holds the client id registered with us (e.g. azp, client_id)
     * @param audience            what its tokens must name in `aud` to be meant for the gateway
     * @param clientIds           the registered clients whose tokens it may issue; a token for any other is refused
     * @param keysMinRefetch      the shortest time between two fetches of its JWKS, whatever key ids tokens name
     * @param keysMaxAge          how long its keys are used before they are fetched again
     */
    public record TrustedIssuer(String issuer, URI jwksUri, @DefaultValue("client_id") String clientIdClaim,
            String audience, List<String> clientIds, @DefaultValue("1m") Duration keysMinRefetch,
            @DefaultValue("15m") Duration keysMaxAge) {

        public TrustedIssuer {
            if (issuer == null || issuer.isBlank() || jwksUri == null) {
                throw new IllegalArgumentException("a trusted issuer needs its issuer and jwks-uri");
            }
            if (audience == null || audience.isBlank()) {
                throw new IllegalArgumentException("trusted issuer " + issuer + " needs the audience its tokens "
                        + "name for the gateway (audience)");
            }
            if (clientIds == null || clientIds.isEmpty()) {
                throw new IllegalArgumentException("trusted issuer " + issuer + " needs the client ids it may issue "
                        + "tokens for (client-ids)");
            }
            clientIds = List.copyOf(clientIds);
        }
    }

    public String tokenEndpoint() {
        return endpoint(OAuthHandlers.TOKEN_PATH);
    }

    /** The URL of one of the gateway's OAuth2 endpoints, under the issuer. */
    String endpoint(String path) {
        return issuer.toString().replaceAll("/$", "") + path;
    }
}
