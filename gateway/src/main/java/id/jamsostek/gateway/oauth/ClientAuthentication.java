package id.jamsostek.gateway.oauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.jamsostek.gateway.idempotency.IdempotencyStore;
import id.jamsostek.gateway.partner.OAuthClient;
import id.jamsostek.gateway.partner.RestPartners;
import id.jamsostek.gateway.partner.credentials.PartnerSecrets;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
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
    /**
     * A client id longer or stranger than any registered one (3-64 safe characters) is refused before it reaches the
     * partner cache or the database: RFC 6749 appendix A.1 allows printable ASCII, 128 is ample.
     */
    private static final Pattern CLIENT_ID = Pattern.compile("[\\x20-\\x7E]{1,128}");
    static final String CLIENT_ID_RULE = "client_id is 1 to 128 printable ASCII characters";
    private static final String ONE_METHOD = "one client authentication method per request";
    /** Issued secrets are 43 characters; a longer one only costs hashing. */
    private static final int MAX_SECRET_LENGTH = 256;

    private final RestPartners partners;
    private final PartnerSecrets secrets;
    private final IdempotencyStore usedAssertions;
    private final OAuthSettings settings;
    private final Clock clock;

    public ClientAuthentication(RestPartners partners, PartnerSecrets secrets, IdempotencyStore usedAssertions,
            OAuthSettings settings, Clock clock) {
        this.partners = partners;
        this.secrets = secrets;
        this.usedAssertions = usedAssertions;
        this.settings = settings;
        this.clock = clock;
    }

    /** What a token request presents to authenticate its client, read but not yet checked. */
    sealed interface Credentials {
        /** The client id it claims, within {@link #CLIENT_ID}: the key of the per-client rate limit. */
        String clientId();

        record Secret(String clientId, String secret) implements Credentials {
            @Override
            public String toString() {
                return "Secret[" + clientId + ", ****]";
            }
        }

        record Assertion(String clientId, SignedJWT jwt, JWTClaimsSet claims) implements Credentials {}
    }

    /**
     * The credentials of one client authentication method (RFC 6749 section 2.3: never two), with a plausible client
     * id; else invalid_request or invalid_client, before anything is looked up.
     */
    public Mono<Credentials> credentials(String authorization, MultiValueMap<String, String> form) {
        String assertionType = form.getFirst("client_assertion_type");
        boolean basic = authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length());
        if (assertionType != null) {
            if (!JWT_BEARER.equals(assertionType) || form.getFirst("client_assertion") == null) {
                return Mono.error(OAuthError.invalidRequest("client_assertion_type must be " + JWT_BEARER));
            }
            if (basic || form.containsKey("client_secret")) {
                return Mono.error(OAuthError.invalidRequest(ONE_METHOD));
            }
            return assertion(form.getFirst("client_assertion"));
        }
        if (basic) {
            if (form.containsKey("client_secret")) {
                return Mono.error(OAuthError.invalidRequest(ONE_METHOD));
            }
            return basic(authorization.substring(BASIC.length()).strip())
                    .map(credentials -> secret(credentials[0], credentials[1]))
                    .orElseGet(() -> Mono.error(OAuthError.invalidClient()));
        }
        String clientId = form.getFirst("client_id");
        String secret = form.getFirst("client_secret");
        if (clientId == null || secret == null) {
            return Mono.error(OAuthError.invalidClient());
        }
        return secret(clientId, secret);
    }

    /** The registered, enabled client the credentials prove; else invalid_client. */
    public Mono<OAuthClient> authenticate(Credentials credentials) {
        return switch (credentials) {
            case Credentials.Secret secret -> bySecret(secret);
            case Credentials.Assertion assertion -> byAssertion(assertion);
        };
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

    private static Mono<Credentials> secret(String clientId, String secret) {
        if (!plausible(clientId)) {
            return Mono.error(OAuthError.invalidRequest(CLIENT_ID_RULE));
        }
        if (secret.length() > MAX_SECRET_LENGTH) {
            return Mono.error(OAuthError.invalidClient());
        }
        return Mono.just(new Credentials.Secret(clientId, secret));
    }

    private static Mono<Credentials> assertion(String assertion) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(assertion);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException malformed) {
            return Mono.error(OAuthError.invalidClient());
        }
        String clientId = claims.getIssuer();
        if (clientId != null && !plausible(clientId)) {
            return Mono.error(OAuthError.invalidRequest(CLIENT_ID_RULE));
        }
        if (clientId == null || !clientId.equals(claims.getSubject()) || claims.getJWTID() == null
                || !JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            return Mono.error(OAuthError.invalidClient());
        }
        return Mono.just(new Credentials.Assertion(clientId, jwt, claims));
    }

    private static boolean plausible(String clientId) {
        return CLIENT_ID.matcher(clientId).matches();
    }

    /** The hash is slow: it is computed only for an enabled client with a secret, off the event loop. */
    private Mono<OAuthClient> bySecret(Credentials.Secret presented) {
        byte[] secret = presented.secret().getBytes(StandardCharsets.UTF_8);
        return partners.byClientId(presented.clientId())
                .filter(client -> client.partner().enabled() && client.clientSecrets().isPresent())
                .filterWhen(client -> secrets.verifies(client.clientSecrets().get(), clock.instant(), secret))
                .switchIfEmpty(Mono.error(OAuthError::invalidClient));
    }

    private Mono<OAuthClient> byAssertion(Credentials.Assertion presented) {
        JWTClaimsSet claims = presented.claims();
        return partners.byClientId(presented.clientId())
                .filter(client -> client.partner().enabled())
                .filter(client -> client.jwtKeys().filter(keys -> keys.anyVerifies(clock.instant(),
                        key -> verifies(presented.jwt(), key))).isPresent())
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
