package id.jamsostek.gateway.snap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.jamsostek.gateway.secrets.TokenKeys;
import id.jamsostek.gateway.tls.CertificateBinding;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;

/**
 * Issues and checks SNAP B2B access tokens: JWTs signed with HMAC-SHA256 by the shared token keys, so every
 * instance accepts what any instance issued, without a lookup. Whether the partner is still enabled is checked
 * on every request, apart from the token.
 */
@Component
public class AccessTokens {

    private static final String ISSUER = "jamsostek-gateway";
    private static final String AUDIENCE = "snap-b2b";

    private static final int REMEMBERED_TOKENS = 10_000;

    private final TokenKeys keys;
    private final SnapSettings settings;
    private final Clock clock;
    private final Cache<String, Verified> verified;

    public AccessTokens(TokenKeys keys, SnapSettings settings, Clock clock) {
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
        this.verified = Caffeine.newBuilder().maximumSize(REMEMBERED_TOKENS)
                .expireAfterWrite(settings.tokenLifetime()).build();
    }

    public record Issued(String token, long expiresInSeconds) {}

    /** @param boundTo the certificate the token may be used with only (its thumbprint), if any */
    public record Bearer(String partnerId, Optional<String> boundTo) {}

    /** @param boundTo the thumbprint of the certificate the bank presented, if any: the token is bound to it */
    public Issued issue(String partnerId, Optional<String> boundTo) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(partnerId)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(settings.tokenLifetime())))
                .jwtID(tokenId());
        CertificateBinding.bind(claims, boundTo);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(keys.ring().currentId()).build(),
                claims.build());
        try {
            jwt.sign(new MACSigner(keys.ring().current()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an access token", e);
        }
        return new Issued(jwt.serialize(), settings.tokenLifetime().toSeconds());
    }

    /** Unique enough to tell tokens apart in logs; it guards nothing, so no blocking SecureRandom on an event loop. */
    private static String tokenId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return HexFormat.of().toHexDigits(random.nextLong()) + HexFormat.of().toHexDigits(random.nextLong());
    }

    /**
     * Whom a valid, unexpired token was issued to and what it is bound to; empty for anything else. A bank sends the
     * same token for its whole lifetime, so a token once verified is remembered with its expiry (the key ring does
     * not change while the gateway runs): it stays valid until it expires, as a verification each time decides.
     */
    public Optional<Bearer> bearerOf(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Verified known = verified.getIfPresent(token);
        if (known == null) {
            known = verify(token).orElse(null);
            if (known == null) {
                return Optional.empty();
            }
            verified.put(token, known);
        }
        return known.expiry().isAfter(clock.instant()) ? Optional.of(known.bearer()) : Optional.empty();
    }

    private record Verified(Bearer bearer, Instant expiry) {}

    private Optional<Verified> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            String keyId = jwt.getHeader().getKeyID();
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || keyId == null) {
                return Optional.empty();
            }
            Optional<byte[]> key = keys.ring().byId(keyId);
            if (key.isEmpty() || !jwt.verify(new MACVerifier(key.get()))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expiry = claims.getExpirationTime();
            if (expiry == null || !ISSUER.equals(claims.getIssuer()) || !List.of(AUDIENCE).equals(claims.getAudience())
                    || claims.getSubject() == null) {
                return Optional.empty();
            }
            return Optional.of(new Verified(new Bearer(claims.getSubject(), CertificateBinding.boundTo(claims)),
                    expiry.toInstant()));
        } catch (ParseException | JOSEException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
