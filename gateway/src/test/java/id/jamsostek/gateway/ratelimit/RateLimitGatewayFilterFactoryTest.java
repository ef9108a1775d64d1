package id.jamsostek.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.jamsostek.adapters.core.Deadline;
import id.jamsostek.contracts.RegionScope;
import id.jamsostek.gateway.caller.VillageCaller;
import id.jamsostek.gateway.partner.VillagePartner;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class RateLimitGatewayFilterFactoryTest {

    private static final RateLimitSettings SETTINGS = new RateLimitSettings(Duration.ofMillis(100), "rl", Map.of(
            "reads", new RateLimitSettings.Policy(50, 100, RateLimitSettings.WhenRedisDown.ALLOW),
            "batches", new RateLimitSettings.Policy(1, 5, RateLimitSettings.WhenRedisDown.REFUSE)));

    private final TokenBucket buckets = mock(TokenBucket.class);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final AtomicBoolean passedOn = new AtomicBoolean();

    private GatewayFilter filter(String policy) {
        RateLimitGatewayFilterFactory.Config config = new RateLimitGatewayFilterFactory.Config();
        config.setPolicy(policy);
        TokenLeases tokens = new TokenLeases(buckets, SETTINGS, Clock.systemUTC());
        return new RateLimitGatewayFilterFactory(new RateLimits(tokens, SETTINGS, meters)).apply(config);
    }

    private static MockServerWebExchange exchange() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/village/v1/coverage"));
        exchange.getAttributes().put(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR,
                Route.async().id("village-coverage").uri("handler://village-coverage")
                        .predicate(e -> true).build());
        new VillageCaller(new VillagePartner("sid-x", "SID X", true, VillagePartner.SCOPES,
                List.of(RegionScope.of("3603"))), Deadline.in(Duration.ofSeconds(5))).keep(exchange);
        return exchange;
    }

    private Mono<Void> run(GatewayFilter filter, MockServerWebExchange exchange) {
        return filter.filter(exchange, e -> Mono.fromRunnable(() -> passedOn.set(true)));
    }

    @Test
    void takesATokenFromThePartnersBucketOnTheRouteWithThePolicysRates() {
        when(buckets.take(anyString(), anyInt(), anyInt(), anyInt()))
                .thenReturn(Mono.just(new TokenBucket.Grant(1,
                        new TokenBucket.Decision(true, Duration.ZERO, 99, Duration.ofMillis(20)))));
        MockServerWebExchange exchange = exchange();
        StepVerifier.create(run(filter("reads"), exchange)).verifyComplete();
        assertThat(passedOn).isTrue();
        // 50 a second: a lease of two tokens
        verify(buckets).take(eq("rl:village-coverage:sid-x"), eq(50), eq(100), eq(2));
        // the answer, whatever writes it, carries the policy and what is left of it
        StepVerifier.create(exchange.getResponse().setComplete()).verifyComplete();
        assertThat(exchange.getResponse().getHeaders().getFirst("RateLimit-Policy"))
                .isEqualTo("\"village-coverage\";q=100;w=2");
        assertThat(exchange.getResponse().getHeaders().getFirst("RateLimit")).isEqualTo("\"village-coverage\";r=99;t=1");
    }

    @Test
    void overTheRateRefusesWith429AndTheWholeSecondsToWait() {
        when(buckets.take(anyString(), anyInt(), anyInt(), anyInt()))
                .thenReturn(Mono.just(new TokenBucket.Grant(0,
                        new TokenBucket.Decision(false, Duration.ofMillis(1200), 0, Duration.ofSeconds(2)))));
        MockServerWebExchange exchange = exchange();
        StepVerifier.create(run(filter("reads"), exchange))
                .expectErrorSatisfies(error -> assertThat(((GatewayException) error).problem())
                        .isEqualTo(Problem.TOO_MANY_REQUESTS))
                .verify();
        assertThat(exchange.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("2");
        assertThat(passedOn).isFalse();
    }

    @Test
    void whenRedisDoesNotAnswerInTimeAFailOpenPolicyLetsTheRequestGoOnUncounted() {
        when(buckets.take(anyString(), anyInt(), anyInt(), anyInt())).thenReturn(Mono.never());
        StepVerifier.create(run(filter("reads"), exchange())).verifyComplete();
        assertThat(passedOn).isTrue();
        assertThat(meters.get("gateway.ratelimit.without.redis").tags("route", "village-coverage", "decision", "allowed")
                .counter().count()).isEqualTo(1.0);
    }

    @Test
    void whenRedisFailsAFailClosedPolicyRefusesWith429() {
        when(buckets.take(anyString(), anyInt(), anyInt(), anyInt()))
                .thenReturn(Mono.error(new IllegalStateException("connection refused")));
        MockServerWebExchange exchange = exchange();
        StepVerifier.create(run(filter("batches"), exchange))
                .expectErrorSatisfies(error -> assertThat(((GatewayException) error).problem())
                        .isEqualTo(Problem.TOO_MANY_REQUESTS))
                .verify();
        assertThat(exchange.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(passedOn).isFalse();
        assertThat(meters.get("gateway.ratelimit.without.redis").tags("route", "village-coverage", "decision", "refused")
                .counter().count()).isEqualTo(1.0);
    }

    @Test
    void aPolicyThatIsNotConfiguredStopsTheRouteFromBeingBuilt() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> filter("nope"))
                .withMessageContaining("nope");
    }
}
