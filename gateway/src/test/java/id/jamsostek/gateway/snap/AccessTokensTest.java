package id.jamsostek.gateway.snap;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.jamsostek.gateway.secrets.KeyRing;
import id.jamsostek.gateway.secrets.TokenKeys;
import id.jamsostek.gateway.support.MovingClock;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AccessTokensTest {

    private static final Duration LIFETIME = Duration.ofSeconds(900);
    private static final SnapSettings SETTINGS = new SnapSettings(Duration.ofMinutes(5), LIFETIME);
    private static final Instant START = Instant.parse("2026-11-10T02:15:00Z");

    private final byte[] k1 = randomKey();
    private final MovingClock clock = new MovingClock(START);
    private final AccessTokens tokens = tokens("k1:" + b64(k1));

    @Test
    void givesBackThePartnerATokenWasIssuedTo() {
        AccessTokens.Issued issued = tokens.issue("bank-a", Optional.empty());

        assertThat(issued.expiresInSeconds()).isEqualTo(900);
        assertThat(tokens.bearerOf(issued.token())).contains(new AccessTokens.Bearer("bank-a", Optional.empty()));
    }

    @Test
    void aTokenIssuedOverAClientCertificateIsBoundToItsThumbprint() throws Exception {
        String token = tokens.issue("bank-a", Optional.of("bwcK0esc3ACC3DB2Y5_lESsXE8o9ltc05O89jdN-dg2")).token();

        assertThat(tokens.bearerOf(token)).contains(new AccessTokens.Bearer("bank-a",
                Optional.of("bwcK0esc3ACC3DB2Y5_lESsXE8o9ltc05O89jdN-dg2")));
        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getJSONObjectClaim("cnf"))
                .containsEntry("x5t#S256", "bwcK0esc3ACC3DB2Y5_lESsXE8o9ltc05O89jdN-dg2");
    }

    @Test
    void issuesAnHs256TokenNamingItsKeyAndLifetime() throws Exception {
        SignedJWT jwt = SignedJWT.parse(tokens.issue("bank-a", Optional.empty()).token());

        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo("k1");
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("bank-a");
        assertThat(jwt.getJWTClaimsSet().getExpirationTime().toInstant()).isEqualTo(START.plus(LIFETIME));
    }

    @Test
    void issuesADifferentTokenEachTime() {
        assertThat(tokens.issue("bank-a", Optional.empty()).token())
                .isNotEqualTo(tokens.issue("bank-a", Optional.empty()).token());
    }

    @Test
    void aTokenAcceptedOnceIsRefusedOnceItExpires() {
        String token = tokens.issue("bank-a", Optional.empty()).token();
        assertThat(tokens.bearerOf(token)).isPresent();

        clock.set(START.plus(LIFETIME));

        assertThat(tokens.bearerOf(token)).isEmpty();
    }

    @Test
    void aTokenWithAForgedSignatureIsRefusedEvenAfterTheGenuineOneWasAccepted() {
        String token = tokens.issue("bank-a", Optional.empty()).token();
        assertThat(tokens.bearerOf(token)).isPresent();
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + Base64URL.encode(new byte[32]);

        assertThat(tokens.bearerOf(forged)).isEmpty();
        assertThat(tokens.bearerOf(token)).isPresent();
    }

    @Test
    void acceptsATokenUntilJustBeforeItExpires() {
        String token = tokens.issue("bank-a", Optional.empty()).token();

        clock.set(START.plus(LIFETIME).minusSeconds(1));

        assertThat(tokens.bearerOf(token)).contains(new AccessTokens.Bearer("bank-a", Optional.empty()));
    }

    @Test
    void refusesATokenOnceItsLifetimeIsOver() {
        String token = tokens.issue("bank-a", Optional.empty()).token();

        clock.set(START.plus(LIFETIME));
        assertThat(tokens.bearerOf(token)).isEmpty();

        clock.set(START.plus(LIFETIME).plusSeconds(60));
        assertThat(tokens.bearerOf(token)).isEmpty();
    }

    @Test
    void refusesATokenSignedWithAnotherKeyRing() {
        AccessTokens elsewhere = tokens("k1:" + b64(randomKey()));

        String foreign = elsewhere.issue("bank-a", Optional.empty()).token();

        assertThat(elsewhere.bearerOf(foreign)).contains(new AccessTokens.Bearer("bank-a", Optional.empty()));
        assertThat(tokens.bearerOf(foreign)).isEmpty();
    }

    @Test
    void refusesATokenWhosePayloadWasChanged() {
        String token = tokens.issue("bank-a", Optional.empty()).token();
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(payload).contains("\"sub\":\"bank-a\"");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace("\"sub\":\"bank-a\"", "\"sub\":\"bank-b\"").getBytes(StandardCharsets.UTF_8));

        assertThat(tokens.bearerOf(parts[0] + "." + forged + "." + parts[2])).isEmpty();
    }

    @Test
    void refusesATokenWhoseSignatureWasChanged() {
        String token = tokens.issue("bank-a", Optional.empty()).token();
        char last = token.charAt(token.length() - 2);
        String altered = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A')
                + token.charAt(token.length() - 1);

        assertThat(tokens.bearerOf(altered)).isEmpty();
    }

    @Test
    void refusesAnUnsignedTokenWithAlgNone() {
        String token = tokens.issue("bank-a", Optional.empty()).token();
        String[] parts = token.split("\\.");
        String none = encode("{\"alg\":\"none\",\"kid\":\"k1\"}");

        assertThat(tokens.bearerOf(none + "." + parts[1] + ".")).isEmpty();
        assertThat(tokens.bearerOf(none + "." + parts[1] + "." + parts[2])).isEmpty();
    }

    @Test
    void refusesATokenSignedWithTheRightKeyButAnotherAlgorithm() throws Exception {
        byte[] longKey = new byte[64];
        System.arraycopy(k1, 0, longKey, 0, 32);
        System.arraycopy(k1, 0, longKey, 32, 32);
        AccessTokens withLongKey = tokens("k1:" + b64(longKey));
        SignedJWT hs512 = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS512).keyID("k1").build(),
                validClaims("bank-a"));
        hs512.sign(new MACSigner(longKey));

        assertThat(withLongKey.bearerOf(hs512.serialize())).isEmpty();
    }

    @Test
    void refusesATokenWithoutKeyId() throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).build(), validClaims("bank-a"));
        jwt.sign(new MACSigner(k1));

        assertThat(tokens.bearerOf(jwt.serialize())).isEmpty();
    }

    @Test
    void acceptsAHandMadeTokenWithTheRightClaims() throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k1").build(),
                validClaims("bank-a"));
        jwt.sign(new MACSigner(k1));

        assertThat(tokens.bearerOf(jwt.serialize())).as("control for the refusals below")
                .contains(new AccessTokens.Bearer("bank-a", Optional.empty()));
    }

    @Test
    void refusesATokenOfAnotherIssuerOrAudience() throws Exception {
        JWTClaimsSet otherIssuer = new JWTClaimsSet.Builder(validClaims("bank-a")).issuer("someone-else").build();
        JWTClaimsSet otherAudience = new JWTClaimsSet.Builder(validClaims("bank-a")).audience("admin").build();
        JWTClaimsSet noExpiry = new JWTClaimsSet.Builder(validClaims("bank-a")).expirationTime(null).build();

        for (JWTClaimsSet claims : new JWTClaimsSet[] {otherIssuer, otherAudience, noExpiry}) {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k1").build(), claims);
            jwt.sign(new MACSigner(k1));
            assertThat(tokens.bearerOf(jwt.serialize())).as(claims.toString()).isEmpty();
        }
    }

    @Test
    void acceptsATokenIssuedUnderTheOldKeyAfterRotation() {
        byte[] k2 = randomKey();
        String token = tokens.issue("bank-a", Optional.empty()).token();
        AccessTokens rotated = tokens("k2:" + b64(k2) + ",k1:" + b64(k1));

        assertThat(rotated.bearerOf(token)).contains(new AccessTokens.Bearer("bank-a", Optional.empty()));
        String fresh = rotated.issue("bank-b", Optional.empty()).token();
        assertThat(rotated.bearerOf(fresh)).contains(new AccessTokens.Bearer("bank-b", Optional.empty()));
        assertThat(tokens.bearerOf(fresh)).as("not yet rotated: new key unknown").isEmpty();
    }

    @Test
    void refusesATokenWhoseKeyIdIsUnknown() {
        String token = tokens.issue("bank-a", Optional.empty()).token();
        AccessTokens retired = tokens("k2:" + b64(randomKey()) + ",k3:" + b64(randomKey()));

        assertThat(retired.bearerOf(token)).isEmpty();
    }

    @Test
    void refusesATokenClaimingAnotherKeyIdOfTheRing() throws Exception {
        byte[] k2 = randomKey();
        AccessTokens rotated = tokens("k2:" + b64(k2) + ",k1:" + b64(k1));
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k2").build(),
                validClaims("bank-a"));
        jwt.sign(new MACSigner(k1));

        assertThat(rotated.bearerOf(jwt.serialize())).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"garbage", "a.b.c", "eyJhbGciOiJIUzI1NiJ9..", "Bearer x.y.z"})
    void refusesWhatIsNotAToken(String token) {
        assertThat(tokens.bearerOf(token)).isEmpty();
    }

    private AccessTokens tokens(String ring) {
        return new AccessTokens(new TokenKeys(KeyRing.parse("T", ring, 32)), SETTINGS, clock);
    }

    private static JWTClaimsSet validClaims(String partner) {
        return new JWTClaimsSet.Builder()
                .issuer("jamsostek-gateway")
                .audience("snap-b2b")
                .subject(partner)
                .issueTime(Date.from(START))
                .expirationTime(Date.from(START.plus(LIFETIME)))
                .build();
    }

    private static String encode(String json) {
        return Base64URL.encode(json.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    private static String b64(byte[] key) {
        return Base64.getEncoder().encodeToString(key);
    }
}
