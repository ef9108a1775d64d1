package id.jamsostek.gateway.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import id.jamsostek.gateway.GatewayApplication;
import id.jamsostek.gateway.support.FakeCore;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.GatewayTestProperties;
import id.jamsostek.gateway.support.TestVillage;
import java.util.Map;
import java.util.UUID;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.netty.http.client.HttpClient;

/**
 * What a token request may cost before its client is known: a client id no registration could have is refused at
 * once, and the endpoint's rate is limited per client id claimed (right secret or not) and per client address.
 * Each test connects from a loopback address of its own.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = GatewayIntegrationTest.PATIENCE)
class TokenEndpointLimitsIT {

    private static final WireMockServer core = FakeCore.server();
    private static final int ADDRESS_BURST = 20;

    @Value("${local.server.port}")
    int port;

    @DynamicPropertySource
    static void tightLimits(DynamicPropertyRegistry registry) {
        GatewayTestProperties.register(registry, core::baseUrl, Map.of(
                "gateway.rate-limits.key-prefix", "it-token-" + UUID.randomUUID(),
                "gateway.rate-limits.policies.oauth-token-address.burst", Integer.toString(ADDRESS_BURST),
                "gateway.rate-limits.policies.oauth-token-address.per-second", "1",
                "gateway.rate-limits.policies.oauth-token-client.burst", "3",
                "gateway.rate-limits.policies.oauth-token-client.per-second", "1"));
    }

    /** A client whose connections come from {@code source}, a loopback address of its own: its own address bucket. */
    private WebTestClient from(String source) {
        HttpClient bound = HttpClient.create().bindAddress(() -> new InetSocketAddress(source, 0));
        return WebTestClient.bindToServer(new ReactorClientHttpConnector(bound)).baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(GatewayIntegrationTest.RESPONSE_TIMEOUT).build();
    }

    private static WebTestClient.ResponseSpec secretPost(WebTestClient web, String clientId, String secret) {
        return web.post().uri("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "client_credentials").with("client_id", clientId)
                        .with("client_secret", secret))
                .exchange();
    }

    @Test
    void aClientIdNoRegistrationCouldHaveIsAnInvalidRequestBeforeAnyLookUp() {
        WebTestClient web = from("127.0.0.11");
        secretPost(web, "c".repeat(129), "whatever-secret-12345").expectStatus().isBadRequest()
                .expectHeader().cacheControl(org.springframework.http.CacheControl.noStore())
                .expectBody().jsonPath("$.error").isEqualTo("invalid_request")
                .jsonPath("$.error_description").isEqualTo(ClientAuthentication.CLIENT_ID_RULE);
        secretPost(web, "sid-saga\u0000", "whatever-secret-12345").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error").isEqualTo("invalid_request");
        // as long as the rule allows: looked up, not found
        secretPost(web, "c".repeat(128), "whatever-secret-12345").expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.error").isEqualTo("invalid_client");
    }

    @Test
    void aClientIdTriedTooOftenIsRefusedWithRetryAfterWhileAnotherClientGoesOn() {
        WebTestClient web = from("127.0.0.12");
        TestVillage saga = TestVillage.SAGA;
        int attempts = 0;
        EntityExchangeResult<byte[]> answer;
        do {
            answer = secretPost(web, saga.clientId(), "a-wrong-secret-" + attempts).expectBody().returnResult();
            attempts++;
        } while (answer.getStatus().value() == 401 && attempts < 12);
        // the 4th at the latest, as the burst is 3, unless a slow machine let the bucket refill (1 a second)
        assertThat(answer.getStatus().value()).isEqualTo(429);
        assertThat(answer.getResponseHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(new String(answer.getResponseBody())).contains("/problems/too-many-requests");

        secretPost(web, TestVillage.TANGERANG.clientId(), TestVillage.TANGERANG.secret()).expectStatus().isOk();
    }

    @Test
    void anAddressSendingTooManyRequestsIsRefusedWithRetryAfterWhateverClientItNames() {
        WebTestClient web = from("127.0.0.13");
        int attempts = 0;
        EntityExchangeResult<byte[]> answer;
        do {
            answer = secretPost(web, "stranger-" + attempts, "whatever-secret-12345").expectBody().returnResult();
            attempts++;
        } while (answer.getStatus().value() == 401 && attempts < 10 * ADDRESS_BURST);
        assertThat(answer.getStatus().value()).isEqualTo(429);
        assertThat(attempts).isGreaterThan(ADDRESS_BURST); // each a client id of its own: the address's bucket
        assertThat(answer.getResponseHeaders().getFirst("Retry-After")).isNotBlank();
    }
}
