package id.jamsostek.gateway.operator;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.gateway.ratelimit.RateLimitSettings;
import id.jamsostek.gateway.ratelimit.WindowCounts;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.TestDatabase;
import id.jamsostek.gateway.support.TestRedis;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.r2dbc.spi.ConnectionFactories;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * Two gateway instances' throttles, each with its own connection to one Redis, refuse an address together; with
 * Redis away, each keeps throttling on its own count. Every refusal is audited.
 */
class OperatorRefusalsIT extends GatewayIntegrationTest {

    private static final int LIMIT = 3;

    @Autowired
    OperatorActions audit;

    private final List<LettuceConnectionFactory> connections = new ArrayList<>();
    /** Keys of this test only, as each instance of one deployment shares its prefix. */
    private final String prefix = "it-refusals-" + UUID.randomUUID();
    private final String address = "10.9." + ThreadLocalRandom.current().nextInt(256) + "."
            + ThreadLocalRandom.current().nextInt(1, 255);

    @AfterEach
    void disconnect() {
        connections.forEach(LettuceConnectionFactory::destroy);
    }

    @Test
    void twoInstancesOnOneRedisRefuseAnAddressTogether() {
        OperatorRefusals first = instance(TestRedis.PORT);
        OperatorRefusals second = instance(TestRedis.PORT);
        first.refused(exchange(), OperatorRefusals.Reason.UNAUTHENTICATED, 401).block();
        second.refused(exchange(), OperatorRefusals.Reason.FORBIDDEN, 403).block();
        assertPasses(first);
        assertPasses(second);
        first.refused(exchange(), OperatorRefusals.Reason.SIGN_IN_FAILED, 302).block();
        // the third refusal was the first instance's: the second refuses the address as well, and says until when
        ServerWebExchange throttled = exchange();
        StepVerifier.create(second.gate().filter(throttled, passed -> Mono.empty()))
                .expectErrorSatisfies(error -> assertThat(((GatewayException) error).problem())
                        .isEqualTo(Problem.TOO_MANY_REQUESTS))
                .verify();
        assertThat(Long.parseLong(throttled.getResponse().getHeaders().getFirst(HttpHeaders.RETRY_AFTER)))
                .isBetween(1L, 300L);
        assertRefused(first);
        // another address is not
        assertPasses(second, MockServerWebExchange.from(MockServerHttpRequest.get("/admin/v1/outbox")
                .remoteAddress(new InetSocketAddress("10.8.0.1", 5000))));
        assertThat(TestDatabase.text("select string_agg(refused || ' ' || status, ', ' order by id)"
                + " from operator_action where client_address = '" + address + "'"))
                .isEqualTo("unauthenticated 401, forbidden 403, sign_in_failed 302");
    }

    @Test
    void withRedisAwayEachInstanceThrottlesOnItsOwnCount() throws Exception {
        int nothingListens;
        try (ServerSocket socket = new ServerSocket(0)) {
            nothingListens = socket.getLocalPort();
        }
        OperatorRefusals alone = instance(nothingListens);
        for (int refused = 0; refused < LIMIT; refused++) {
            assertPasses(alone);
            alone.refused(exchange(), OperatorRefusals.Reason.UNAUTHENTICATED, 401).block();
        }
        assertRefused(alone);
        // the refusals are audited all the same
        assertThat(TestDatabase.text("select count(*) from operator_action where client_address = '" + address
                + "'")).isEqualTo(Integer.toString(LIMIT));
    }

    @Test
    void aRefusalTheDatabaseCannotTakeIsStillCountedAndAnsweredAsARefusal() throws Exception {
        int nothingListens;
        try (ServerSocket socket = new ServerSocket(0)) {
            nothingListens = socket.getLocalPort();
        }
        OperatorActions unreachable = new OperatorActions(DatabaseClient.create(ConnectionFactories.get(
                "r2dbc:postgresql://postgres@127.0.0.1:" + nothingListens + "/nowhere")));
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        OperatorRefusals instance = instance(TestRedis.PORT, unreachable, meters);
        for (int refused = 0; refused < LIMIT; refused++) {
            StepVerifier.create(instance.refused(exchange(), OperatorRefusals.Reason.UNAUTHENTICATED, 401))
                    .verifyComplete();
        }
        assertRefused(instance);
        assertThat(meters.counter("gateway.operators.refusals.unaudited").count()).isEqualTo(LIMIT);
    }

    private OperatorRefusals instance(int redisPort) {
        return instance(redisPort, audit, new SimpleMeterRegistry());
    }

    private OperatorRefusals instance(int redisPort, OperatorActions actions, SimpleMeterRegistry meters) {
        LettuceConnectionFactory factory = TestRedis.connect(redisPort);
        connections.add(factory);
        RateLimitSettings redis = new RateLimitSettings(Duration.ofMillis(500), prefix, Map.of());
        OperatorSettings settings = new OperatorSettings("http://provider.invalid", "console", null, null, "roles",
                List.of("openid"), LIMIT, Duration.ofMinutes(5));
        return new OperatorRefusals(settings, new WindowCounts(new ReactiveStringRedisTemplate(factory), redis),
                actions, meters);
    }

    private MockServerWebExchange exchange() {
        return MockServerWebExchange.from(MockServerHttpRequest.get("/admin/v1/outbox")
                .remoteAddress(new InetSocketAddress(address, 5000)));
    }

    private void assertPasses(OperatorRefusals instance) {
        assertPasses(instance, exchange());
    }

    private static void assertPasses(OperatorRefusals instance, ServerWebExchange exchange) {
        StepVerifier.create(instance.gate().filter(exchange, passed -> Mono.empty())).verifyComplete();
    }

    private void assertRefused(OperatorRefusals instance) {
        StepVerifier.create(instance.gate().filter(exchange(), passed -> Mono.empty()))
                .expectError(GatewayException.class).verify();
    }
}
