package id.jamsostek.gateway.ratelimit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import id.jamsostek.gateway.GatewayApplication;
import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.CoreFixtures;
import id.jamsostek.gateway.support.FakeCore;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.GatewayTestProperties;
import id.jamsostek.gateway.support.TestBank;
import id.jamsostek.gateway.support.TestVillage;
import id.jamsostek.gateway.support.VillageClient;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
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
    /** The RateLimit fields name the route: a partner has a bucket per route. */
    private static final String BATCH_STATUS = "\"village-enrollment-batch-status\"";

    @Autowired
    WebTestClient web;

    @DynamicPropertySource
    static void tightLimits(DynamicPropertyRegistry registry) {
        // counting is what is tested here, so a slow Redis (its first connection, a loaded machine) must not pass for
        // a missing one, which lets requests through uncounted: RateLimitWithoutRedisIT tests that
        GatewayTestProperties.register(registry, core::baseUrl, Map.of(
                "gateway.rate-limits.redis-timeout", "5s",
                "spring.data.redis.timeout", "5s",
                "spring.data.redis.connect-timeout", "5s",
                "gateway.rate-limits.policies.partner-read.burst", "3",
                "gateway.rate-limits.policies.partner-read.per-second", "1",
                "gateway.rate-limits.policies.snap-inquiry.burst", "2",
                "gateway.rate-limits.policies.snap-inquiry.per-second", "1"));
    }

    private WebTestClient.ResponseSpec batchStatus(TestVillage village) {
        String token = new VillageClient(web, village).token();
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
    void everyAnswerTellsThePolicyAndWhatIsLeftOfIt() {
        String token = new VillageClient(web, TestVillage.BOGOR).token();
        Supplier<EntityExchangeResult<byte[]>> read = () -> web.get()
                .uri("/village/v1/enrollment-batches/" + UUID.randomUUID())
                .header("Authorization", "Bearer " + token).exchange().expectBody().returnResult();

        // a decision taken without Redis (its first connection can be slow on a loaded machine) carries no fields
        EntityExchangeResult<byte[]> answer = read.get();
        for (int sent = 1; answer.getResponseHeaders().getFirst("RateLimit") == null; sent++) {
            assertThat(sent).as("requests before one decided by Redis").isLessThan(5);
            answer = read.get();
        }
        assertThat(answer.getResponseHeaders().getFirst("RateLimit-Policy")).isEqualTo(BATCH_STATUS + ";q=3;w=3");
        assertThat(answer.getResponseHeaders().getFirst("RateLimit")).matches(BATCH_STATUS + ";r=[0-2];t=[1-3]");
        // the bucket refills at 1/s while the requests run: the refusal comes within a few more
        for (int sent = 1; answer.getStatus().value() != 429; sent++) {
            assertThat(sent).as("requests before the first 429").isLessThan(20);
            answer = read.get();
        }
        assertThat(answer.getResponseHeaders().getFirst("RateLimit-Policy")).isEqualTo(BATCH_STATUS + ";q=3;w=3");
        assertThat(answer.getResponseHeaders().getFirst("RateLimit")).matches(BATCH_STATUS + ";r=0;t=[1-3]");
    }

    @Test
    void aBankOverItsBurstHearsTheSnapCodeForTooManyRequests() {
        core.resetAll();
        core.stubFor(get(urlPathEqualTo("/core/v1/bills/open")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody(CoreFixtures.example("Problem/valid/unknown-customer.json"))));
        BankClient gamma = new BankClient(web, TestBank.GAMMA);
        String token = gamma.token();
        // burst 2 at 1/s: the third inquiry is refused, or a later one when signed inquiries take over a second each
        // on a loaded machine and the bucket refills meanwhile
        EntityExchangeResult<byte[]> answer = gamma.inquiry(gamma.inquiryBody("12345678901"), token)
                .expectBody().returnResult();
        for (int sent = 1; answer.getStatus().value() != 429; sent++) {
            assertThat(answer.getStatus().value()).isEqualTo(404);
            assertThat(sent).as("inquiries before the first 429").isLessThan(20);
            answer = gamma.inquiry(gamma.inquiryBody("12345678901"), token).expectBody().returnResult();
        }
        assertThat(answer.getResponseHeaders().getFirst("Retry-After")).isNotNull();
        assertThat(BankClient.json(answer.getResponseBodyContent()).at("/responseCode").asString()).isEqualTo("4292400");
    }
}
