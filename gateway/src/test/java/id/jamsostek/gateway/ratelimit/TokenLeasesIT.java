package id.jamsostek.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.support.MovingClock;
import id.jamsostek.gateway.support.TestRedis;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Leases against a real Redis: how often Redis is asked, and that a bucket never gives more than it holds. */
class TokenLeasesIT {

    private static final RateLimitSettings.WhenRedisDown ALLOW = RateLimitSettings.WhenRedisDown.ALLOW;
    private static final RateLimitSettings SETTINGS = new RateLimitSettings(Duration.ofSeconds(2), "it", Map.of());
    /** 1,000 a second: leases of 50. */
    private static final RateLimitSettings.Policy LEASING = new RateLimitSettings.Policy(1000, 2000, ALLOW);

    private static LettuceConnectionFactory connections;
    private static CountingBucket buckets;

    private final String key = "it-lease-" + UUID.randomUUID();
    private final MovingClock clock = new MovingClock(Instant.parse("2026-12-07T08:00:00Z"));

    /** The real bucket, counting the times it is asked. */
    private static final class CountingBucket extends TokenBucket {
        private final AtomicInteger asked = new AtomicInteger();

        CountingBucket(ReactiveStringRedisTemplate redis) {
            super(redis);
        }

        @Override
        public Mono<Grant> take(String key, int perSecond, int burst, int tokens) {
            asked.incrementAndGet();
            return super.take(key, perSecond, burst, tokens);
        }
    }

    @BeforeAll
    static void connect() {
        connections = TestRedis.connect(TestRedis.PORT);
        buckets = new CountingBucket(new ReactiveStringRedisTemplate(connections));
    }

    @AfterAll
    static void disconnect() {
        connections.destroy();
    }

    /** How many times the requests asked Redis. */
    private static int redisCallsOf(Runnable requests) {
        int before = buckets.asked.get();
        requests.run();
        return buckets.asked.get() - before;
    }

    private List<TokenBucket.Decision> take(TokenLeases leases, RateLimitSettings.Policy policy, int requests) {
        List<TokenBucket.Decision> decisions = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            decisions.add(leases.take(key, policy).block(Duration.ofSeconds(5)));
        }
        return decisions;
    }

    @Test
    void aLeaseIsATwentiethOfTheRatePerSecondAndIsSpentWithoutAskingRedisAgain() {
        TokenLeases leases = new TokenLeases(buckets, SETTINGS, clock);
        List<TokenBucket.Decision> decisions = new ArrayList<>();
        int calls = redisCallsOf(() -> decisions.addAll(take(leases, LEASING, 120)));
        assertThat(decisions).allMatch(TokenBucket.Decision::allowed);
        assertThat(calls).as("leases of 50 for 120 requests").isEqualTo(3);
        // what is left: the bucket's when the lease was taken, and what this instance has not spent of it
        assertThat(decisions.get(0).remaining()).isEqualTo(2000 - 1);
        assertThat(decisions.get(49).remaining()).isEqualTo(2000 - 50);
    }

    @Test
    void policiesUnderFortyASecondAskRedisForEveryRequest() {
        RateLimitSettings.Policy policy = new RateLimitSettings.Policy(20, 50, ALLOW);
        TokenLeases leases = new TokenLeases(buckets, SETTINGS, clock);
        assertThat(redisCallsOf(() -> take(leases, policy, 5))).isEqualTo(5);
    }

    @Test
    void aLeaseLapsesAfterASecond() {
        TokenLeases leases = new TokenLeases(buckets, SETTINGS, clock);
        int calls = redisCallsOf(() -> {
            take(leases, LEASING, 2);
            clock.advance(Duration.ofSeconds(1));
            take(leases, LEASING, 2);
        });
        assertThat(calls).as("the second lease replaces the lapsed one").isEqualTo(2);
    }

    @Test
    void twoInstancesTogetherNeverGetMoreThanTheBucketHolds() {
        // 40 a second, a burst of 100: leases of two; refills are about 40 a second while the test runs
        RateLimitSettings.Policy policy = new RateLimitSettings.Policy(40, 100, ALLOW);
        TokenLeases one = new TokenLeases(buckets, SETTINGS, clock);
        TokenLeases other = new TokenLeases(buckets, SETTINGS, clock);
        long started = System.nanoTime();
        List<TokenBucket.Decision> decisions = Flux.range(0, 300)
                .concatMap(i -> (i % 2 == 0 ? one : other).take(key, policy))
                .collectList().block(Duration.ofSeconds(30));
        double seconds = (System.nanoTime() - started) / 1e9;
        long allowed = decisions.stream().filter(TokenBucket.Decision::allowed).count();
        assertThat(allowed).isGreaterThanOrEqualTo(100 - 2).isLessThanOrEqualTo(100 + (long) Math.ceil(40 * seconds));
        assertThat(decisions).as("refusals came").anyMatch(decision -> !decision.allowed());
    }

    @Test
    void aLapsedLeaseMakesRoomForANewKeyPastTheBound() {
        TokenLeases leases = new TokenLeases(buckets, SETTINGS, clock, 1);
        leases.take(key + "-first", LEASING).block(Duration.ofSeconds(5));
        clock.advance(TokenLeases.LIFETIME);
        assertThat(redisCallsOf(() -> take(leases, LEASING, 3))).as("one lease for the new key").isEqualTo(1);
    }

    @Test
    void pastItsBoundOfKeysAnInstanceAsksRedisPerRequestForANewKey() {
        TokenLeases leases = new TokenLeases(buckets, SETTINGS, clock, 1);
        leases.take(key + "-first", LEASING).block(Duration.ofSeconds(5));
        assertThat(redisCallsOf(() -> take(leases, LEASING, 3))).isEqualTo(3);
    }
}
