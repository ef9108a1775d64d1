package id.jamsostek.gateway.oauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.jamsostek.gateway.tls.CertificateBinding;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Access tokens of the partner REST APIs: RS256 JWTs signed with the shared signing keys (valid on every instance,
 * published at /oauth2/jwks), or, where configured, tokens of an external authorization server checked against its
 * JWKS. A token says who the client is; what it may do is looked up per request.
 */
@Component
public class PartnerTokens {

    public static final String AUDIENCE = "jamsostek-gateway";
    private static final String KIND = "partner_kind";
    private static final String SCOPE = "scope";
    private static final String CLIENT_ID = "client_id";
    /** RFC 9068 section 2.1: the header that tells an access token from any other JWT signed with the same keys. */
    static final JOSEObjectType ACCESS_TOKEN_TYPE = new JOSEObjectType("at+jwt");

    private final SigningKeys keys;
    private final OAuthSettings settings;
    private final Clock clock;
    private final Map<String, External> external;

    private record External(OAuthSettings.TrustedIssuer issuer, ReactiveJwtDecoder decoder) {}

    public PartnerTokens(SigningKeys keys, OAuthSettings settings, Clock clock) {
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
        this.external = settings.trustedIssuers().stream().collect(Collectors.toUnmodifiableMap(
                OAuthSettings.TrustedIssuer::issuer, trusted -> new External(trusted, decoder(trusted))));
    }

    /** Who a valid token speaks for, the scopes it carries, and the certificate it is bound to (RFC 8705), if any. */
    public sealed interface Subject {
        Set<String> scopes();

        Optional<String> boundTo();

        /** one of our own tokens: the partner id is in it */
        record Partner(String partnerId, Set<String> scopes, Optional<String> boundTo) implements Subject {}

        /** an external issuer's token: the client id it names, to be matched to a registered partner */
        record Client(String clientId, Set<String> scopes, Optional<String> boundTo) implements Subject {}
    }

    public record Issued(String token, long expiresInSeconds) {}

    /** The scope claim's form: space-separated (RFC 8693 section 4.2, RFC 9068). */
    public static Set<String> scopes(String claim) {
        return claim == null || claim.isBlank() ? Set.of() : Set.of(claim.strip().split(" +"));
    }

    /** @param boundTo the thumbprint of the certificate the client presented, if any: the token is bound to it */
    public Issued issue(String partnerId, String clientId, String kind, Set<String> scopes, Optional<String> boundTo) {
        Instant now = clock.instant();
        RSAKey key = keys.current();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(settings.issuer().toString())
                .audience(AUDIENCE)
                .subject(partnerId)
                .claim(CLIENT_ID, clientId)
                .claim(KIND, kind)
                .claim(SCOPE, String.join(" ", new TreeSet<>(scopes)))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(settings.tokenLifetime())))
                .jwtID(HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()));
        CertificateBinding.bind(claims, boundTo);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(ACCESS_TOKEN_TYPE)
                        .keyID(key.getKeyID()).build(),
                claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an access token", e);
        }
        return new Issued(jwt.serialize(), settings.tokenLifetime().toSeconds());
    }

    /** Empty for anything that is not a valid, unexpired token of ours or of a trusted issuer. */
    public Mono<Subject> subjectOf(String token) {
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token);
        } catch (ParseException malformed) {
            return Mono.empty();
        }
        String issuer;
        try {
            issuer = jwt.getJWTClaimsSet().getIssuer();
        } catch (ParseException malformed) {
            return Mono.empty();
        }
        External trusted = issuer == null ? null : external.get(issuer);
        if (trusted != null) {
            return trusted.decoder().decode(token)
                    .<Subject>mapNotNull(decoded -> Optional.ofNullable(decoded.getClaimAsString(
                            trusted.issuer().clientIdClaim()))
                            .filter(clientId -> trusted.issuer().clientIds().contains(clientId))
                            .map(clientId -> new Subject.Client(clientId, scopes(decoded.getClaimAsString(SCOPE)),
                                    CertificateBinding.boundTo(decoded.getClaimAsMap(CertificateBinding.CONFIRMATION))))
                            .orElse(null))
                    .onErrorResume(invalid -> Mono.empty());
        }
        return Mono.justOrEmpty(ours(jwt));
    }

    private Optional<Subject> ours(SignedJWT jwt) {
        try {
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()) || jwt.getHeader().getKeyID() == null
                    || !ACCESS_TOKEN_TYPE.equals(jwt.getHeader().getType())) {
                return Optional.empty();
            }
            Optional<RSAKey> key = keys.byId(jwt.getHeader().getKeyID());
            if (key.isEmpty() || !jwt.verify(new RSASSAVerifier(key.get()))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expiry = claims.getExpirationTime();
            if (expiry == null || !expiry.toInstant().isAfter(clock.instant())
                    || !settings.issuer().toString().equals(claims.getIssuer())
                    || !List.of(AUDIENCE).equals(claims.getAudience()) || claims.getSubject() == null) {
                return Optional.empty();
            }
            return Optional.of(new Subject.Partner(claims.getSubject(), scopes(claims.getStringClaim(SCOPE)),
                    CertificateBinding.boundTo(claims)));
        } catch (ParseException | JOSEException | RuntimeException invalid) {
            return Optional.empty();
        }
    }

    /**
     * Signed by one of the issuer's keys (RS256), issued by it, meant for us (its configured audience), with an
     * expiry, unexpired; typed as a JWT or an RFC 9068 access token, or not typed.
     */
    private ReactiveJwtDecoder decoder(OAuthSettings.TrustedIssuer trusted) {
        IssuerKeys keys = new IssuerKeys(trusted.jwksUri(), trusted.keysMinRefetch(), trusted.keysMaxAge(), clock);
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSource(keys::candidates).build();
        JwtTypeValidator type = new JwtTypeValidator("JWT", ACCESS_TOKEN_TYPE.getType(), "application/at+jwt");
        type.setAllowEmpty(true);
        // Spring's defaults less its certificate-thumbprint validator, which looks for a servlet request and so
        // refuses every bound token here: the binding is checked with the rest of mutual TLS (CertificateBinding)
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(type,
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtTimestampValidator(), new JwtIssuerValidator(trusted.issuer()),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        audience -> audience != null && audience.contains(trusted.audience()))));
        return decoder;
    }
}
