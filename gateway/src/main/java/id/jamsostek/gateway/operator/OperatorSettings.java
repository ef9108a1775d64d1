package id.jamsostek.gateway.operator;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How operators are identified: the agency's OpenID Connect provider, for the console's sign-in and the admin API's
 * bearer tokens (docs/operations/operators.md).
 *
 * @param issuerUri     the provider's issuer (its discovery document is under it); blank: no operator identity, so
 *                      no internal listener, no admin API and no console
 * @param clientId      the console's client at the provider
 * @param clientSecret  its secret (GATEWAY_OPERATORS_CLIENT_SECRET): never printed
 * @param audience      what an access token for the admin API must name in {@code aud}; blank: not checked
 * @param roleClaim     the claim that carries the roles (a dotted path walks into objects: realm_access.roles)
 * @param scopes        what the console asks the provider for at sign-in
 * @param maxRefusals   refused sign-ins and admin calls one client address may have within {@code refusalWindow}
 *                      before every request of it is refused (429) until the window has passed
 * @param refusalWindow how long refusals are counted
 */
@ConfigurationProperties("gateway.operators")
public record OperatorSettings(String issuerUri, String clientId, String clientSecret, String audience,
        @DefaultValue("roles") String roleClaim, @DefaultValue({"openid", "profile"}) List<String> scopes,
        @DefaultValue("10") int maxRefusals, @DefaultValue("5m") Duration refusalWindow) {

    public OperatorSettings {
        scopes = List.copyOf(scopes);
    }

    /** Whether an identity provider is configured. */
    public boolean configured() {
        return issuerUri != null && !issuerUri.isBlank();
    }

    /** A credential: never printed. */
    @Override
    public String toString() {
        return "OperatorSettings[issuerUri=" + issuerUri + ", clientId=" + clientId + ", clientSecret="
                + (clientSecret == null || clientSecret.isBlank() ? "none" : "***") + ", audience=" + audience
                + ", roleClaim=" + roleClaim + ", scopes=" + scopes + ", maxRefusals=" + maxRefusals
                + ", refusalWindow=" + refusalWindow + "]";
    }
}
