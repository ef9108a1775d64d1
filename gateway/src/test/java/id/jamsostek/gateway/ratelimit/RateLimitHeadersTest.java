package id.jamsostek.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class RateLimitHeadersTest {

    private final RateLimitSettings.Policy partnerWrite =
            new RateLimitSettings.Policy(20, 50, RateLimitSettings.WhenRedisDown.ALLOW);

    @Test
    void aFullBucketIsTheQuotaAndTheTimeToRefillItTheWindow() {
        HttpHeaders headers = new HttpHeaders();

        RateLimitHeaders.write(headers, "partner-write", partnerWrite,
                new TokenBucket.Decision(true, Duration.ZERO, 49, Duration.ofMillis(50)));

        assertThat(headers.getFirst("RateLimit-Policy")).isEqualTo("\"partner-write\";q=50;w=3");
        assertThat(headers.getFirst("RateLimit")).isEqualTo("\"partner-write\";r=49;t=1");
    }

    @Test
    void anEmptyBucketShowsNothingLeftAndWhenItIsFullAgain() {
        HttpHeaders headers = new HttpHeaders();
        RateLimitSettings.Policy batches = new RateLimitSettings.Policy(1, 5, RateLimitSettings.WhenRedisDown.REFUSE);

        RateLimitHeaders.write(headers, "partner-batch", batches,
                new TokenBucket.Decision(false, Duration.ofMillis(400), 0, Duration.ofMillis(4400)));

        assertThat(headers.getFirst("RateLimit-Policy")).isEqualTo("\"partner-batch\";q=5;w=5");
        assertThat(headers.getFirst("RateLimit")).isEqualTo("\"partner-batch\";r=0;t=5");
    }

    @Test
    void aFullBucketIsRestoredNow() {
        HttpHeaders headers = new HttpHeaders();

        RateLimitHeaders.write(headers, "partner-write", partnerWrite,
                new TokenBucket.Decision(true, Duration.ZERO, 50, Duration.ZERO));

        assertThat(headers.getFirst("RateLimit")).isEqualTo("\"partner-write\";r=50;t=0");
    }
}
