package id.jamsostek.gateway.oauth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.jamsostek.gateway.GatewayApplication;
import id.jamsostek.gateway.support.CoreFixtures;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.GatewayTestProperties;
import id.jamsostek.gateway.support.TestVillage;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/** The gateway can trust an external authorization server's tokens through its JWKS, mapped to registered clients. */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = GatewayIntegrationTest.PATIENCE)
class ExternalIssuerIT {

    private static final String ISSUER = "https://sso.example.go.id/realms/desa";
    private static final String AUDIENCE = "https://api.jamsostek.example";
    private static final WireMockServer SERVERS = new WireMockServer(wireMockConfig().dynamicPort());
    private static final RSAKey EXTERNAL_KEY;

    static {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            EXTERNAL_KEY = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate()).keyID("sso-1").build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        SERVERS.start();
        SERVERS.stubFor(get(urlPathEqualTo("/jwks")).willReturn(aResponse().withHeader("Content-Type",
                "application/json").withBody(new JWKSet(EXTERNAL_KEY.toPublicJWK()).toString())));
    }

    @Autowired
    WebTestClient web;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        GatewayTestProperties.register(registry, SERVERS::baseUrl);
        registry.add("gateway.oauth.trusted-issuers[0].issuer", () -> ISSUER);
        registry.add("gateway.oauth.trusted-issuers[0].jwks-uri", () -> SERVERS.baseUrl() + "/jwks");
        registry.add("gateway.oauth.trusted-issuers[0].client-id-claim", () -> "azp");
        registry.add("gateway.oauth.trusted-issuers[0].audience", () -> AUDIENCE);
        registry.add("gateway.oauth.trusted-issuers[0].client-ids[0]", () -> TestVillage.SAGA.clientId());
        registry.add("gateway.oauth.trusted-issuers[0].client-ids[1]", () -> "not-registered-here");
    }

    @AfterAll
    static void stop() {
        SERVERS.stop();
    }

    private static String token(RSAKey key, String issuer, String clientId) throws Exception {
        return token(key, issuer, clientId, "village.read");
    }

    private static String token(RSAKey key, String issuer, String clientId, String scope) throws Exception {
        return token(key, issuer, clientId, scope, null);
    }

    /** @param confirmation the token's {@code cnf} claim (RFC 8705), or null */
    private static String token(RSAKey key, String issuer, String clientId, String scope,
            java.util.Map<String, Object> confirmation) throws Exception {
        JWTClaimsSet.Builder claims = claims(issuer, clientId, scope);
        if (confirmation != null) {
            claims.claim("cnf", confirmation);
        }
        return sign(key, claims.build());
    }

    private static JWTClaimsSet.Builder claims(String issuer, String clientId, String scope) {
        return new JWTClaimsSet.Builder().issuer(issuer).claim("azp", clientId).audience(AUDIENCE)
                .subject(UUID.randomUUID().toString()).claim("scope", scope)
                .expirationTime(Date.from(Instant.now().plusSeconds(120)));
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static RSAKey newKey(String kid) throws Exception {
        var pair = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(kid).build();
    }

    private static int jwksFetches() {
        return SERVERS.countRequestsMatching(getRequestedFor(urlPathEqualTo("/jwks")).build()).getCount();
    }

    private WebTestClient.ResponseSpec search(String token) {
        return web.post().uri("/village/v1/participants/search").header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", UUID.randomUUID().toString()).header("Content-Type", "application/json")
                .bodyValue("{\"nik\":\"3603011407910007\"}").exchange();
    }

    @Test
    void acceptsATokenOfTheTrustedIssuerForARegisteredClientAndNothingElse() throws Exception {
        SERVERS.stubFor(post(urlPathEqualTo("/core/v1/participants/search")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(CoreFixtures.example("ParticipantRecord/valid/name-with-title-and-comma.json"))));
        search(token(EXTERNAL_KEY, ISSUER, TestVillage.SAGA.clientId())).expectStatus().isOk();

        search(token(EXTERNAL_KEY, ISSUER, TestVillage.SAGA.clientId(), "village.enroll")).expectStatus()
                .isForbidden().expectBody().jsonPath("$.type").isEqualTo(
                        "https://api.jamsostek.example/problems/insufficient-scope");
        search(token(EXTERNAL_KEY, ISSUER, "not-registered-here")).expectStatus().isUnauthorized();
        RSAKey impostor = newKey("sso-1");
        search(token(impostor, ISSUER, TestVillage.SAGA.clientId())).expectStatus().isUnauthorized();
        search(token(EXTERNAL_KEY, "https://elsewhere.example", TestVillage.SAGA.clientId()))
                .expectStatus().isUnauthorized();
    }

    @Test
    void aTokenTheIssuerBoundToACertificateIsRefusedOverAConnectionWithoutIt() throws Exception {
        search(token(EXTERNAL_KEY, ISSUER, TestVillage.SAGA.clientId(), "village.read",
                java.util.Map.of("x5t#S256", "bwcK0esc3ACC3DB2Y5_lESsXE8o9ltc05O89jdN-dg2")))
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.detail")
                .isEqualTo("client certificate is not the one the token was issued to");
    }

    @Test
    void aTokenWithoutTheConfiguredAudienceOrWithoutAnExpiryIsRefused() throws Exception {
        String saga = TestVillage.SAGA.clientId();
        search(sign(EXTERNAL_KEY, claims(ISSUER, saga, "village.read").audience((String) null).build()))
                .expectStatus().isUnauthorized();
        search(sign(EXTERNAL_KEY, claims(ISSUER, saga, "village.read").audience("another-resource").build()))
                .expectStatus().isUnauthorized();
        search(sign(EXTERNAL_KEY, claims(ISSUER, saga, "village.read").expirationTime(null).build()))
                .expectStatus().isUnauthorized();
    }

    @Test
    void aClientRegisteredHereButNotAllowedForTheIssuerIsRefused() throws Exception {
        search(token(EXTERNAL_KEY, ISSUER, TestVillage.TANGERANG.clientId())).expectStatus().isUnauthorized();
    }

    @Test
    void tokensNamingUnknownKeysFetchTheIssuersKeysAtMostOnceAMinute() throws Exception {
        SERVERS.stubFor(post(urlPathEqualTo("/core/v1/participants/search")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(CoreFixtures.example("ParticipantRecord/valid/name-with-title-and-comma.json"))));
        search(token(EXTERNAL_KEY, ISSUER, TestVillage.SAGA.clientId())).expectStatus().isOk(); // keys at hand
        int before = jwksFetches();
        for (int i = 0; i < 10; i++) {
            search(token(newKey("made-up-" + i), ISSUER, TestVillage.SAGA.clientId())).expectStatus().isUnauthorized();
        }
        assertThat(jwksFetches() - before).isLessThanOrEqualTo(1);
        search(token(EXTERNAL_KEY, ISSUER, TestVillage.SAGA.clientId())).expectStatus().isOk();
    }
}
