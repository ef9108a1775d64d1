package id.jamsostek.gateway.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class PartnerTokensTest {

    private static final OAuthSettings SETTINGS = new OAuthSettings(URI.create("https://api.example"),
            Duration.ofMinutes(5), Duration.ofMinutes(5), Duration.ofMinutes(5), List.of());

    private static String key(String kid) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return kid + ":" + Base64.getEncoder().encodeToString(generator.generateKeyPair().getPrivate().getEncoded());
    }

    private static final Set<String> SCOPES = Set.of("village.enroll", "village.read");

    @Test
    void scopesTravelAsOneSpaceSeparatedClaim() throws Exception {
        String token = tokens(key("k1"), Instant.parse("2026-11-22T03:00:00Z"))
                .issue("desa-saga", "sid-saga", "VILLAGE", SCOPES, Optional.empty()).token();
        assertThat(com.nimbusds.jwt.SignedJWT.parse(token).getJWTClaimsSet().getStringClaim("scope"))
                .isEqualTo("village.enroll village.read");
        assertThat(PartnerTokens.scopes(" village.read  village.bill ")).containsExactlyInAnyOrder("village.read",
                "village.bill");
        assertThat(PartnerTokens.scopes(null)).isEmpty();
    }

    private static PartnerTokens tokens(String keys, Instant now) {
        return new PartnerTokens(SigningKeys.parse("K", keys), SETTINGS, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aTokenSignedWithTheOldKeyStaysValidWhileANewKeySignsAndNotOnceTheOldKeyIsGone() throws Exception {
        String old = key("old");
        String fresh = key("new");
        Instant now = Instant.parse("2026-11-22T03:00:00Z");
        String issuedBeforeRotation = tokens(old, now).issue("desa-saga", "sid-saga", "VILLAGE", SCOPES, Optional.empty()).token();

        PartnerTokens rotating = tokens(fresh + "," + old, now);
        StepVerifier.create(rotating.subjectOf(issuedBeforeRotation))
                .expectNext(new PartnerTokens.Subject.Partner("desa-saga", SCOPES, Optional.empty())).verifyComplete();
        String issuedAfter = rotating.issue("desa-saga", "sid-saga", "VILLAGE", SCOPES, Optional.empty()).token();
        assertThat(com.nimbusds.jwt.SignedJWT.parse(issuedAfter).getHeader().getKeyID()).isEqualTo("new");

        StepVerifier.create(tokens(fresh, now).subjectOf(issuedBeforeRotation)).verifyComplete();
        StepVerifier.create(tokens(fresh, now).subjectOf(issuedAfter)).expectNextCount(1).verifyComplete();
    }

    @Test
    void aTokenIssuedOverAClientCertificateNamesItsThumbprint() throws Exception {
        String keys = key("k1");
        Instant now = Instant.parse("2026-11-22T03:00:00Z");
        String token = tokens(keys, now).issue("desa-saga", "sid-saga", "VILLAGE", SCOPES, Optional.of("thumb-1"))
                .token();
        StepVerifier.create(tokens(keys, now).subjectOf(token)).expectNext(new PartnerTokens.Subject.Partner(
                "desa-saga", SCOPES, Optional.of("thumb-1"))).verifyComplete();
    }

    @Test
    void anExpiredOrMalformedTokenSpeaksForNobody() throws Exception {
        String keys = key("k1");
        Instant now = Instant.parse("2026-11-22T03:00:00Z");
        String token = tokens(keys, now).issue("desa-saga", "sid-saga", "VILLAGE", SCOPES, Optional.empty()).token();
        StepVerifier.create(tokens(keys, now.plus(Duration.ofMinutes(6))).subjectOf(token)).verifyComplete();
        StepVerifier.create(tokens(keys, now).subjectOf("not.a.jwt")).verifyComplete();
        StepVerifier.create(tokens(keys, now).subjectOf(token.substring(0, token.length() - 4) + "AAAA"))
                .verifyComplete();
    }

    @Test
    void aTokenFollowsTheJwtProfileForAccessTokens() throws Exception {
        Instant now = Instant.parse("2026-11-22T03:00:00Z");
        SignedJWT jwt = SignedJWT.parse(tokens(key("k1"), now)
                .issue("desa-saga", "sid-saga", "VILLAGE", SCOPES, Optional.empty()).token());
        assertThat(jwt.getHeader().getType()).isEqualTo(new JOSEObjectType("at+jwt"));
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("https://api.example");
        assertThat(claims.getSubject()).isEqualTo("desa-saga");
        assertThat(claims.getStringClaim("client_id")).isEqualTo("sid-saga");
        assertThat(claims.getAudience()).containsExactly(PartnerTokens.AUDIENCE);
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(now);
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(now.plus(Duration.ofMinutes(5)));
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getStringClaim("scope")).isEqualTo("village.enroll village.read");
    }

    @Test
    void aJwtSignedWithOurKeyButNotTypedAsAnAccessTokenSpeaksForNobody() throws Exception {
        String keys = key("k1");
        Instant now = Instant.parse("2026-11-22T03:00:00Z");
        SignedJWT issued = SignedJWT.parse(tokens(keys, now)
                .issue("desa-saga", "sid-saga", "VILLAGE", SCOPES, Optional.empty()).token());
        for (JWSHeader header : List.of(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(),
                new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID("k1").build())) {
            SignedJWT untyped = new SignedJWT(header, issued.getJWTClaimsSet());
            untyped.sign(new RSASSASigner(SigningKeys.parse("K", keys).current()));
            StepVerifier.create(tokens(keys, now).subjectOf(untyped.serialize())).verifyComplete();
        }
    }
}
