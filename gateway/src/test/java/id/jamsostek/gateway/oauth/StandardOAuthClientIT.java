package id.jamsostek.gateway.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.TestVillage;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;

/**
 * The token endpoint as a partner's standard OAuth2 library calls it: Spring Security's client credentials client,
 * which form-urlencodes the client id and secret before Base64 (RFC 6749 section 2.3.1), over a real socket; the token
 * it gets is an RFC 9068 access token.
 */
class StandardOAuthClientIT extends GatewayIntegrationTest {

    @Value("${local.server.port}")
    int port;

    @Test
    void aStandardClientGetsAnRfc9068TokenWithClientSecretBasic() throws Exception {
        TestVillage saga = TestVillage.SAGA;
        ClientRegistration registration = ClientRegistration.withRegistrationId("gateway")
                .clientId(saga.clientId()).clientSecret(saga.secret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
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
}
