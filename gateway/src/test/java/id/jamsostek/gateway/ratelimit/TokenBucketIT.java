package id.jamsostek.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.support.Poll;
import id.jamsostek.gateway.support.TestRedis;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.test.StepVerifier;

/** The token bucket against a real Redis: the script's arithmetic, its keys and its clock. */
class TokenBucketIT {

    private static LettuceConnectionFactory connections;
    private static TokenBucket buckets;

    private final String key = "it-bucket-" + UUID.randomUUID();

    @BeforeAll
    static void connect() {
        connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration(TestRedis.HOST, TestRedis.PORT));
        connections.afterPropertiesSet();
        buckets = new TokenBucket(new ReactiveStringRedisTemplate(connections));
    }

    @AfterAll
    static void disconnect() {
        connections.destroy();
    }

    @Test
    void allowsTheBurstThenRefusesWithTheTimeUntilTheNextToken() {
        for (int i = 0; i < 3; i++) {
            StepVerifier.create(buckets.take(key, 1, 3))
                    .assertNext(decision -> assertThat(decision.allowed()).isTrue())
                    .verifyComplete();
        }
        StepVerifier.create(buckets.take(key, 1, 3))
                .assertNext(decision -> {
                    assertThat(decision.allowed()).isFalse();
                    assertThat(decision.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
                })
                .verifyComplete();
    }

    @Test
    void aBucketIsOneKeysOnly() {
        StepVerifier.create(buckets.take(key, 1, 1)).assertNext(d -> assertThat(d.allowed()).isTrue()).verifyComplete();
        StepVerifier.create(buckets.take(key, 1, 1)).assertNext(d -> assertThat(d.allowed()).isFalse()).verifyComplete();
        StepVerifier.create(buckets.take(key + "-other", 1, 1))
                .assertNext(decision -> assertThat(decision.allowed()).isTrue())
                .verifyComplete();
    }

    @Test
    void refillsWithTime() {
        StepVerifier.create(buckets.take(key, 1, 1)).assertNext(d -> assertThat(d.allowed()).isTrue()).verifyComplete();
        StepVerifier.create(buckets.take(key, 1, 1)).assertNext(d -> assertThat(d.allowed()).isFalse()).verifyComplete();
        assertThat(Poll.until(Duration.ofSeconds(5), () -> buckets.take(key, 1, 1).map(TokenBucket.Decision::allowed)
                .blockOptional().orElse(false))).as("a token again within a second or so").isTrue();
    }
}
