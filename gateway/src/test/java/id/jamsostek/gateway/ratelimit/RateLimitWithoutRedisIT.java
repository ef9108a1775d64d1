package id.jamsostek.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import id.jamsostek.gateway.GatewayApplication;
import id.jamsostek.gateway.support.FakeCore;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.GatewayTestProperties;
import id.jamsostek.gateway.support.TestDatabase;
import id.jamsostek.gateway.support.TestVillage;
import id.jamsostek.gateway.support.VillageClient;
import java.util.Map;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With Redis out of reach, each route does what its policy says: reads go on uncounted (fail open), batches wait
 * (fail closed); every such decision is counted.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = GatewayIntegrationTest.PATIENCE)
class RateLimitWithoutRedisIT {

    private static final WireMockServer core = FakeCore.server();

    @Autowired
    WebTestClient web;

    @DynamicPropertySource
    static void noRedis(DynamicPropertyRegistry registry) {
        // nothing listens on port 1
        GatewayTestProperties.register(registry, core::baseUrl, Map.of("spring.data.redis.port", "1"));
    }

    @Autowired
    MeterRegistry meters;

    private double decisions(String decision) {
        return meters.find("gateway.ratelimit.without.redis").tag("decision", decision).counters().stream()
                .mapToDouble(counter -> counter.count()).sum();
    }

    @Test
    void aFailOpenRouteGoesOnAndAFailClosedRouteRefusesAndEachDecisionIsCounted() {
        VillageClient saga = new VillageClient(web, TestVillage.SAGA);
        String token = saga.token(); // the token endpoint's own limits go on uncounted too
        double allowedBefore = decisions("allowed");
        web.get().uri("/village/v1/enrollment-batches/" + UUID.randomUUID())
                .header("Authorization", "Bearer " + token).exchange().expectStatus().isNotFound();
        assertThat(decisions("allowed")).isEqualTo(allowedBefore + 1);

        long batches = TestDatabase.count("select count(*) from batch");
        double refusedBefore = decisions("refused");
        saga.post("/village/v1/enrollment-batches", "{\"items\":[]}", UUID.randomUUID().toString())
                .expectStatus().isEqualTo(429).expectHeader().valueEquals("Retry-After", "1");
        assertThat(decisions("refused")).isEqualTo(refusedBefore + 1);
        assertThat(TestDatabase.count("select count(*) from batch")).isEqualTo(batches);
    }
}
