package id.jamsostek.gateway.ratelimit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import id.jamsostek.gateway.GatewayApplication;
import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.CoreFixtures;
import id.jamsostek.gateway.support.FakeCore;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.GatewayTestProperties;
import id.jamsostek.gateway.support.TestBank;
import id.jamsostek.gateway.support.TestVillage;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Rates per partner and route, counted in the shared Redis: over the burst, 429 with Retry-After; others unaffected. */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = GatewayIntegrationTest.PATIENCE)
class RateLimitIT {

    private static final WireMockServer core = FakeCore.server();

    @Autowired
    WebTestClient web;

    @DynamicPropertySource
    static void tightLimits(DynamicPropertyRegistry registry) {
        GatewayTestProperties.register(registry, core::baseUrl, Map.of(
                "gateway.rate-limits.policies.partner-read.burst", "3",
                "gateway.rate-limits.policies.partner-read.per-second", "1",
                "gateway.rate-limits.policies.snap-inquiry.burst", "2",
                "gateway.rate-limits.policies.snap-inquiry.per-second", "1"));
    }

    private WebTestClient.ResponseSpec batchStatus(TestVillage village) {
        String token = new id.jamsostek.gateway.support.VillageClient(web, village).token();
        return web.get().uri("/village/v1/enrollment-batches/" + UUID.randomUUID())
                .header("Authorization", "Bearer " + token).exchange();
    }

    @Test
    void aPartnerOverItsBurstIsRefusedWithRetryAfterWhileAnotherGoesOn() {
        for (int i = 0; i < 3; i++) {
            batchStatus(TestVillage.SAGA).expectStatus().isNotFound();
        }
        batchStatus(TestVillage.SAGA).expectStatus().isEqualTo(429)
                .expectHeader().valueEquals("Retry-After", "1")
                .expectBody().jsonPath("$.type").isEqualTo("https://api.jamsostek.example/problems/too-many-requests");
        batchStatus(TestVillage.TANGERANG).expectStatus().isNotFound();
    }

    @Test
    void aBankOverItsBurstHearsTheSnapCodeForTooManyRequests() {
        core.resetAll();
        core.stubFor(get(urlPathEqualTo("/core/v1/bills/open")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody(CoreFixtures.example("Problem/valid/unknown-customer.json"))));
        BankClient gamma = new BankClient(web, TestBank.GAMMA);
        String token = gamma.token();
        for (int i = 0; i < 2; i++) {
            gamma.inquiry(gamma.inquiryBody("12345678901"), token).expectStatus().isNotFound();
        }
        gamma.inquiry(gamma.inquiryBody("12345678901"), token).expectStatus().isEqualTo(429)
                .expectHeader().exists("Retry-After")
                .expectBody().jsonPath("$.responseCode").isEqualTo("4292400");
    }
}
