package id.jamsostek.gateway.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import id.jamsostek.contracts.validation.ContractSchema;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.TestVillage;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import tools.jackson.databind.JsonNode;

/**
 * The token endpoint as a partner's standard OAuth2 library calls it: Spring Security's client credentials client,
 * which form-urlencodes the client id and secret before Base64 (RFC 6749 section 2.3.1), over a real socket; the token
 * it gets is an RFC 9068 access token.
 */
class StandardOAuthClientIT extends GatewayIntegrationTest {

    @Value("${local.server.port}")
    int port;

    @Value("${gateway.oauth.issuer}")
    String issuer;

    @Test
    void aStandardClientGetsAnRfc9068TokenWithClientSecretBasic() throws Exception {
        TestVillage saga = TestVillage.SAGA;
        ClientRegistration registration = ClientRegistration.withRegistrationId("gateway")
                .clientId(saga.clientId()).clientSecret(saga.secret())
                .clientAuthenticationMethod(
                        org.springframework.security.oauth2.core.ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope("village.read")
                .tokenUri("http://127.0.0.1:" + port + "/oauth2/token")
                .build();
        assertThat(saga.clientId()).contains("-"); // sent as %2D, which the gateway refused before

        OAuth2AccessTokenResponse answer = new WebClientReactiveClientCredentialsTokenResponseClient()
                .getTokenResponse(new OAuth2ClientCredentialsGrantRequest(registration))
                .block(RESPONSE_TIMEOUT);

        assertThat(answer.getAccessToken().getScopes()).containsExactly("village.read");
        SignedJWT token = SignedJWT.parse(answer.getAccessToken().getTokenValue());
        assertThat(token.getHeader().getType()).isEqualTo(new JOSEObjectType("at+jwt"));
        JWTClaimsSet claims = token.getJWTClaimsSet();
        assertThat(claims.getStringClaim("client_id")).isEqualTo(saga.clientId());
        assertThat(claims.getSubject()).isEqualTo(saga.id());
        assertThat(claims.getAudience()).containsExactly(PartnerTokens.AUDIENCE);
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getStringClaim("scope")).isEqualTo("village.read");
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofSeconds(300));
        assertThat(Duration.between(answer.getAccessToken().getIssuedAt(), answer.getAccessToken().getExpiresAt()))
                .isEqualTo(Duration.ofSeconds(300));

        String jwks = web.get().uri("/oauth2/jwks").exchange().expectStatus().isOk()
                .expectHeader().cacheControl(org.springframework.http.CacheControl.maxAge(Duration.ofSeconds(300)))
                .expectBody(String.class).returnResult().getResponseBody();
        RSAKey key = (RSAKey) JWKSet.parse(jwks).getKeyByKeyId(token.getHeader().getKeyID());
        assertThat(token.verify(new RSASSAVerifier(key))).isTrue();

        web.get().uri("/village/v1/coverage?region=3603012001")
                .header("Authorization", "Bearer " + answer.getAccessToken().getTokenValue())
                .exchange().expectStatus().value(status -> assertThat(status).isNotIn(401, 403));
    }

    @Test
    void aStandardLibraryReadsTheAuthorizationServerMetadataAndItsEndpointsAnswer() throws Exception {
        String json = web.get().uri("/.well-known/oauth-authorization-server").exchange().expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(ContractSchema.load("contracts/common/schemas/AuthorizationServerMetadata.json")
                .validate(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEmpty();

        AuthorizationServerMetadata metadata = AuthorizationServerMetadata.parse(json);
        assertThat(metadata.getIssuer().getValue()).isEqualTo(issuer);
        assertThat(metadata.getTokenEndpointURI()).hasToString(issuer + "/oauth2/token");
        assertThat(metadata.getJWKSetURI()).hasToString(issuer + "/oauth2/jwks");
        assertThat(metadata.getGrantTypes()).containsExactly(GrantType.CLIENT_CREDENTIALS);
        assertThat(metadata.getTokenEndpointAuthMethods()).containsExactlyInAnyOrder(
                ClientAuthenticationMethod.CLIENT_SECRET_BASIC, ClientAuthenticationMethod.CLIENT_SECRET_POST,
                ClientAuthenticationMethod.PRIVATE_KEY_JWT);
        assertThat(metadata.getScopes().toStringList()).contains("village.read", "employer.bills");
        assertThat(metadata.supportsTLSClientCertificateBoundAccessTokens()).isTrue();

        TestVillage saga = TestVillage.SAGA;
        String token = web.post().uri(metadata.getTokenEndpointURI().getPath())
                .headers(headers -> headers.setBasicAuth(saga.clientId(), saga.secret()))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("grant_type=client_credentials").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("access_token").asString();
        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getIssuer()).isEqualTo(issuer);
        web.get().uri(metadata.getJWKSetURI().getPath()).exchange().expectStatus().isOk();
    }
}
