package id.jamsostek.gateway.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.TestDatabase;
import id.jamsostek.gateway.support.TestEmployerPlatform;
import id.jamsostek.gateway.support.TestVillage;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import tools.jackson.databind.JsonNode;

class OAuthTokenEndpointIT extends GatewayIntegrationTest {

    private static final String TOKEN_ENDPOINT = "http://127.0.0.1:8080/oauth2/token";

    @Test
    void issuesAShortLivedTokenForClientSecretBasicThatTheJwksVerifies() throws Exception {
        TestVillage saga = TestVillage.SAGA;
        String basic = Base64.getEncoder().encodeToString((saga.clientId() + ":" + saga.secret())
                .getBytes(StandardCharsets.UTF_8));
        JsonNode answer = ok(web.post().uri("/oauth2/token").header("Authorization", "Basic " + basic)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "client_credentials")));
        assertThat(answer.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(answer.get("expires_in").asLong()).isEqualTo(300);

        SignedJWT token = SignedJWT.parse(answer.get("access_token").asString());
        String jwks = web.get().uri("/oauth2/jwks").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        RSAKey key = (RSAKey) JWKSet.parse(jwks).getKeyByKeyId(token.getHeader().getKeyID());
        assertThat(key).isNotNull();
        assertThat(key.isPrivate()).isFalse();
        assertThat(token.verify(new RSASSAVerifier(key))).isTrue();
        assertThat(token.getJWTClaimsSet().getSubject()).isEqualTo(saga.id());
    }

    @Test
    void decodesClientSecretBasicCredentialsThatWereFormUrlEncodedBeforeBase64() {
        TestVillage saga = TestVillage.SAGA;
        String encoded = saga.clientId().replace("-", "%2D") + ":" + saga.secret().replace("-", "%2D");
        String basic = Base64.getEncoder().encodeToString(encoded.getBytes(StandardCharsets.UTF_8));
        assertThat(encoded).startsWith("sid%2Dsaga:village%2Dsecret");
        ok(web.post().uri("/oauth2/token").header("Authorization", "Basic " + basic)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "client_credentials")));
        String malformed = Base64.getEncoder().encodeToString((saga.clientId() + ":%zz")
                .getBytes(StandardCharsets.UTF_8));
        error(web.post().uri("/oauth2/token").header("Authorization", "Basic " + malformed)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "client_credentials")), 401, "invalid_client");
    }

    @Test
    void issuesATokenForClientSecretPost() {
        TestVillage saga = TestVillage.SAGA;
        ok(web.post().uri("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "client_credentials")
                        .with("client_id", saga.clientId()).with("client_secret", saga.secret())));
    }

    @Test
    void issuesATokenForAPrivateKeyJwtAssertionOnceOnly() throws Exception {
        String assertion = assertion(TestVillage.SAGA, claims -> claims);
        ok(assertionRequest(assertion));
        invalidClient(assertionRequest(assertion));
    }

    @Test
    void refusesAssertionsThatAreExpiredForAnotherAudienceTooLongOrSignedByAnotherKey() throws Exception {
        invalidClient(assertionRequest(assertion(TestVillage.SAGA, claims -> new JWTClaimsSet.Builder(claims)
                .expirationTime(Date.from(Instant.now().minusSeconds(5))).build())));
        invalidClient(assertionRequest(assertion(TestVillage.SAGA, claims -> new JWTClaimsSet.Builder(claims)
                .audience("https://elsewhere.example/token").build())));
        invalidClient(assertionRequest(assertion(TestVillage.SAGA, claims -> new JWTClaimsSet.Builder(claims)
                .expirationTime(Date.from(Instant.now().plusSeconds(3600))).build())));
        invalidClient(assertionRequest(sign(TestVillage.BOGOR.keys().getPrivate(),
                claims(TestVillage.SAGA).build())));
    }

    @Test
    void refusesAWrongSecretAnUnknownClientAndADisabledOne() {
        invalidClient(secretPost(TestVillage.SAGA.clientId(), "wrong-secret-value-1234"));
        invalidClient(secretPost("nobody", "whatever-secret-12345"));
        invalidClient(secretPost(TestVillage.DISABLED.clientId(), TestVillage.DISABLED.secret()));
    }

    @Test
    void refusesMissingAndUnsupportedGrantTypesAndOtherBodies() {
        error(web.post().uri("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("client_id", "x")), 400, "invalid_request");
        error(web.post().uri("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "password")), 400, "unsupported_grant_type");
        error(web.post().uri("/oauth2/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"grant_type\":\"client_credentials\"}"), 400, "invalid_request");
    }

    @Test
    void refusesARepeatedParameterAndTwoAuthenticationMethodsAtOnce() {
        TestVillage saga = TestVillage.SAGA;
        error(web.post().uri("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "client_credentials").with("client_id", saga.clientId())
                        .with("client_secret", saga.secret()).with("scope", "village.read")
                        .with("scope", "village.enroll")), 400, "invalid_request");
        String basic = Base64.getEncoder().encodeToString((saga.clientId() + ":" + saga.secret())
                .getBytes(StandardCharsets.UTF_8));
        error(web.post().uri("/oauth2/token").header("Authorization", "Basic " + basic)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "client_credentials")
                        .with("client_secret", saga.secret())), 400, "invalid_request");
    }

    @Test
    void grantsEveryRegisteredScopeUnlessFewerAreAskedForAndRefusesScopesNotRegistered() throws Exception {
        TestVillage saga = TestVillage.SAGA;
        JsonNode all = ok(secretPost(saga.clientId(), saga.secret()));
        assertThat(all.get("scope").asString()).isEqualTo("village.bill village.enroll village.read");
        JsonNode readOnly = ok(secretPost(saga.clientId(), saga.secret(), "village.read"));
        assertThat(readOnly.get("scope").asString()).isEqualTo("village.read");
        assertThat(SignedJWT.parse(readOnly.get("access_token").asString()).getJWTClaimsSet().getStringClaim("scope"))
                .isEqualTo("village.read");
        error(secretPost(saga.clientId(), saga.secret(), "village.read employer.bills"), 400, "invalid_scope");

        TestEmployerPlatform payroll = TestEmployerPlatform.PAYROLL;
        JsonNode platform = ok(secretPost(payroll.clientId(), payroll.secret()));
        assertThat(platform.get("scope").asString()).isEqualTo("employer.bills employer.employees employer.wages");
        assertThat(SignedJWT.parse(platform.get("access_token").asString()).getJWTClaimsSet().getSubject())
                .isEqualTo(payroll.id());
        TestEmployerPlatform billsOnly = TestEmployerPlatform.BILLS_ONLY;
        assertThat(ok(secretPost(billsOnly.clientId(), billsOnly.secret())).get("scope").asString())
                .isEqualTo("employer.bills");
        error(secretPost(billsOnly.clientId(), billsOnly.secret(), "employer.wages"), 400, "invalid_scope");
    }

    @Test
    void aTokenWithoutTheRoutesScopeIsRefusedBeforeAnythingHappens() {
        TestVillage saga = TestVillage.SAGA;
        String readOnly = ok(secretPost(saga.clientId(), saga.secret(), "village.read")).get("access_token")
                .asString();
        String key = UUID.randomUUID().toString();
        web.post().uri("/village/v1/enrollments").header("Authorization", "Bearer " + readOnly)
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}").exchange()
                .expectStatus().isForbidden()
                .expectHeader().value("WWW-Authenticate", value -> assertThat(value)
                        .contains("error=\"insufficient_scope\"").contains("scope=\"village.enroll\""))
                .expectBody().jsonPath("$.type").isEqualTo("https://api.jamsostek.example/problems/insufficient-scope");

        TestEmployerPlatform payroll = TestEmployerPlatform.PAYROLL;
        String platform = ok(secretPost(payroll.clientId(), payroll.secret())).get("access_token").asString();
        web.get().uri("/village/v1/coverage?region=3603").header("Authorization", "Bearer " + platform).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("https://api.jamsostek.example/problems/insufficient-scope");
        assertThat(TestDatabase.count("select count(*) from idempotency_record where idem_key = '" + key + "'"))
                .isZero();
    }

    private WebTestClient.RequestHeadersSpec<?> secretPost(String clientId, String secret, String scope) {
        return web.post().uri("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "client_credentials").with("client_id", clientId)
                        .with("client_secret", secret).with("scope", scope));
    }

    private WebTestClient.RequestHeadersSpec<?> secretPost(String clientId, String secret) {
        return web.post().uri("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "client_credentials").with("client_id", clientId)
                        .with("client_secret", secret));
    }

    private WebTestClient.RequestHeadersSpec<?> assertionRequest(String assertion) {
        return web.post().uri("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "client_credentials")
                        .with("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                        .with("client_assertion", assertion));
    }

    private static JWTClaimsSet.Builder claims(TestVillage village) {
        return new JWTClaimsSet.Builder().issuer(village.clientId()).subject(village.clientId())
                .audience(TOKEN_ENDPOINT).jwtID(UUID.randomUUID().toString())
                .expirationTime(Date.from(Instant.now().plusSeconds(60)));
    }

    private static String assertion(TestVillage village, UnaryOperator<JWTClaimsSet> change) throws Exception {
        return sign(village.keys().getPrivate(), change.apply(claims(village).build()));
    }

    private static String sign(PrivateKey key, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static JsonNode ok(WebTestClient.RequestHeadersSpec<?> request) {
        return BankClient.json(request.exchange().expectStatus().isOk()
                .expectHeader().valueEquals("Cache-Control", "no-store")
                .expectBody().returnResult().getResponseBodyContent());
    }

    private static void invalidClient(WebTestClient.RequestHeadersSpec<?> request) {
        error(request, 401, "invalid_client");
    }

    private static void error(WebTestClient.RequestHeadersSpec<?> request, int status, String error) {
        request.exchange().expectStatus().isEqualTo(status)
                .expectBody().jsonPath("$.error").isEqualTo(error);
    }
}
