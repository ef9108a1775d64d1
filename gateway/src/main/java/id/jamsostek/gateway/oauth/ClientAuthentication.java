package id.jamsostek.gateway.oauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.jamsostek.gateway.idempotency.IdempotencyStore;
import id.jamsostek.gateway.partner.OAuthClient;
import id.jamsostek.gateway.partner.RestPartners;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import reactor.core.publisher.Mono;

/**
 * Authenticates an OAuth2 client at the token endpoint: client_secret_basic, client_secret_post, or
 * private_key_jwt (RFC 7523: an RS256 assertion signed with the client's registered key, iss = sub = client id,
 * aud = our token endpoint, short-lived, its jti usable once, on every instance).
 */
@Component
public class ClientAuthentication {

    static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private static final String ASSERTION_SCOPE = "oauth-client-assertion";
    private static final String BASIC = "Basic ";

    private final RestPartners partners;
    private final IdempotencyStore usedAssertions;
    private final OAuthSettings settings;
    private final Clock clock;

    public ClientAuthentication(RestPartners partners, IdempotencyStore usedAssertions, OAuthSettings settings,
            Clock clock) {
        this.partners = partners;
        this.usedAssertions = usedAssertions;
        this.settings = settings;
        this.clock = clock;
    }

    public Mono<OAuthClient> authenticate(String authorization, MultiValueMap<String, String> form) {
        String assertionType = form.getFirst("client_assertion_type");
        if (assertionType != null) {
            if (!JWT_BEARER.equals(assertionType) || form.getFirst("client_assertion") == null) {
                return Mono.error(OAuthError.invalidRequest("client_assertion_type must be " + JWT_BEARER));
            }
            return byAssertion(form.getFirst("client_assertion"));
        }
        if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            if (form.containsKey("client_secret")) {
                return Mono.error(OAuthError.invalidRequest("one client authentication method per request"));
            }
            return basic(authorization.substring(BASIC.length()).strip())
                    .map(credentials -> bySecret(credentials[0], credentials[1]))
                    .orElseGet(() -> Mono.error(OAuthError.invalidClient()));
        }
        String clientId = form.getFirst("client_id");
        String secret = form.getFirst("client_secret");
        if (clientId == null || secret == null) {
            return Mono.error(OAuthError.invalidClient());
        }
        return bySecret(clientId, secret);
    }

    /**
     * The client id and secret of HTTP Basic: each form-urlencoded before Base64 (RFC 6749 section 2.3.1), so a
     * standard client sends {@code -} as {@code %2D}. Empty when the credentials are not in that form.
     */
    static Optional<String[]> basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            return Optional.of(new String[] {URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)});
        } catch (IllegalArgumentException notBase64OrNotUrlEncoded) {
            return Optional.empty();
        }
    }

    private Mono<OAuthClient> bySecret(String clientId, String secret) {
        return partners.byClientId(clientId)
                .filter(client -> client.partner().enabled())
                .filter(client -> client.clientSecrets().filter(secrets -> secrets.anyVerifies(clock.instant(),
                        expected -> MessageDigest.isEqual(expected.bytes(), secret.getBytes(StandardCharsets.UTF_8))))
                        .isPresent())
                .switchIfEmpty(Mono.error(OAuthError::invalidClient));
    }

    private Mono<OAuthClient> byAssertion(String assertion) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(assertion);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException malformed) {
            return Mono.error(OAuthError.invalidClient());
        }
        String clientId = claims.getIssuer();
        if (clientId == null || !clientId.equals(claims.getSubject()) || claims.getJWTID() == null
                || !JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            return Mono.error(OAuthError.invalidClient());
        }
        return partners.byClientId(clientId)
                .filter(client -> client.partner().enabled())
                .filter(client -> client.jwtKeys().filter(keys -> keys.anyVerifies(clock.instant(),
                        key -> verifies(jwt, key))).isPresent())
                .filter(client -> fresh(claims))
                .switchIfEmpty(Mono.error(OAuthError::invalidClient))
                .flatMap(client -> usedAssertions.claim(client.partner().id(), ASSERTION_SCOPE, claims.getJWTID(),
                                claims.getJWTID().getBytes(StandardCharsets.UTF_8),
                                claims.getExpirationTime().toInstant())
                        .flatMap(earlier -> earlier.isPresent()
                                ? Mono.error(OAuthError.invalidClient())
                                : Mono.just(client)));
    }

    private static boolean verifies(SignedJWT jwt, java.security.PublicKey key) {
        try {
            return jwt.verify(new RSASSAVerifier((RSAPublicKey) key));
        } catch (JOSEException | ClassCastException e) {
            return false;
        }
    }

    /** Audience is our token endpoint; not expired; not valid for longer than we allow. */
    private boolean fresh(JWTClaimsSet claims) {
        Instant now = clock.instant();
        return Optional.ofNullable(claims.getExpirationTime()).map(Date -> Date.toInstant())
                .filter(expiry -> expiry.isAfter(now) && !expiry.isAfter(now.plus(settings.assertionMaxAge())))
                .isPresent()
                && claims.getAudience() != null && claims.getAudience().contains(settings.tokenEndpoint());
    }
}
