package id.jamsostek.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.support.Poll;
import id.jamsostek.gateway.support.TestRedis;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** The token bucket against a real Redis: the script's arithmetic, its keys and its clock. */
class TokenBucketIT {

    private static LettuceConnectionFactory connections;
    private static TokenBucket buckets;

    private final String key = "it-bucket-" + UUID.randomUUID();

    @BeforeAll
    static void connect() {
        connections = TestRedis.connect(TestRedis.PORT);
        buckets = new TokenBucket(new ReactiveStringRedisTemplate(connections));
    }

    @AfterAll
    static void disconnect() {
        connections.destroy();
    }

    /** One token at a time, as a policy without leases takes them. */
    private static Mono<TokenBucket.Decision> takeOne(String key, int perSecond, int burst) {
        return buckets.take(key, perSecond, burst, 1).map(TokenBucket.Grant::decision);
    }

    @Test
    void allowsTheBurstThenRefusesWithTheTimeUntilTheNextToken() {
        for (int i = 0; i < 3; i++) {
            StepVerifier.create(takeOne(key, 1, 3))
                    .assertNext(decision -> assertThat(decision.allowed()).isTrue())
                    .verifyComplete();
        }
        StepVerifier.create(takeOne(key, 1, 3))
                .assertNext(decision -> {
                    assertThat(decision.allowed()).isFalse();
                    assertThat(decision.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
                })
                .verifyComplete();
    }

    @Test
    void aBucketIsOneKeysOnly() {
        StepVerifier.create(takeOne(key, 1, 1)).assertNext(d -> assertThat(d.allowed()).isTrue()).verifyComplete();
        StepVerifier.create(takeOne(key, 1, 1)).assertNext(d -> assertThat(d.allowed()).isFalse()).verifyComplete();
        StepVerifier.create(takeOne(key + "-other", 1, 1))
                .assertNext(decision -> assertThat(decision.allowed()).isTrue())
                .verifyComplete();
    }

    @Test
    void takesAsManyTokensAsWantedFewerWhenFewerAreThereAndNoneWhenNotOneIs() {
        StepVerifier.create(buckets.take(key, 1, 10, 4))
                .assertNext(grant -> {
                    assertThat(grant.tokens()).isEqualTo(4);
                    assertThat(grant.decision().allowed()).isTrue();
                    assertThat(grant.decision().remaining()).isEqualTo(6);
                })
                .verifyComplete();
        StepVerifier.create(buckets.take(key, 1, 10, 8))
                .assertNext(grant -> assertThat(grant.tokens()).as("the six left").isEqualTo(6))
                .verifyComplete();
        StepVerifier.create(buckets.take(key, 1, 10, 8))
                .assertNext(grant -> {
                    assertThat(grant.tokens()).isZero();
                    assertThat(grant.decision().allowed()).isFalse();
                    assertThat(grant.decision().retryAfter()).isPositive();
                })
                .verifyComplete();
    }

    @Test
    void refillsWithTime() {
        StepVerifier.create(takeOne(key, 1, 1)).assertNext(d -> assertThat(d.allowed()).isTrue()).verifyComplete();
        StepVerifier.create(takeOne(key, 1, 1)).assertNext(d -> assertThat(d.allowed()).isFalse()).verifyComplete();
        assertThat(Poll.until(Duration.ofSeconds(5), () -> takeOne(key, 1, 1).map(TokenBucket.Decision::allowed)
                .blockOptional().orElse(false))).as("a token again within a second or so").isTrue();
    }
}
