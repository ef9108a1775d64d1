package id.jamsostek.gateway.oauth;

import id.jamsostek.gateway.partner.EmployerPlatform;
import id.jamsostek.gateway.partner.PayerPartner;
import id.jamsostek.gateway.partner.VillagePartner;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a client library needs to find and use the token endpoint, as RFC 8414 publishes it at
 * {@code /.well-known/oauth-authorization-server}: only the client credentials grant, so no authorization endpoint
 * and no response types.
 */
final class AuthorizationServerMetadata {

    static final String PATH = "/.well-known/oauth-authorization-server";

    private AuthorizationServerMetadata() {}

    static Map<String, Object> of(OAuthSettings settings) {
        TreeSet<String> scopes = new TreeSet<>(VillagePartner.SCOPES);
        scopes.addAll(EmployerPlatform.SCOPES);
        for (PayerPartner.Kind payer : PayerPartner.Kind.values()) {
            scopes.addAll(payer.scopes());
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", settings.issuer().toString());
        metadata.put("token_endpoint", settings.tokenEndpoint());
        metadata.put("jwks_uri", settings.endpoint(OAuthHandlers.JWKS_PATH));
        metadata.put("grant_types_supported", List.of("client_credentials"));
        metadata.put("response_types_supported", List.of());
        metadata.put("token_endpoint_auth_methods_supported",
                List.of("client_secret_basic", "client_secret_post", "private_key_jwt"));
        metadata.put("token_endpoint_auth_signing_alg_values_supported", List.of("RS256"));
        metadata.put("scopes_supported", List.copyOf(scopes));
        // RFC 8705 section 3.3: a token issued over a client certificate is bound to it
        metadata.put("tls_client_certificate_bound_access_tokens", true);
        return metadata;
    }
}
