package id.jamsostek.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A token bucket per key in Redis, refilled continuously, decided atomically by one Lua script on Redis's own clock
 * (so instances with skewed clocks agree).
 */
@Component
public class TokenBucket {

    /**
     * KEYS[1] the bucket; ARGV per second, burst. Returns {allowed 1/0, milliseconds until a token is there, whole
     * tokens left, milliseconds until the bucket is full again}.
     */
    private static final RedisScript<List> TAKE = RedisScript.of("""
            local rate = tonumber(ARGV[1])
            local burst = tonumber(ARGV[2])
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
            local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
            local tokens = tonumber(state[1]) or burst
            local at = tonumber(state[2]) or now
            tokens = math.min(burst, tokens + (now - at) * rate / 1000)
            local allowed = 0
            local wait = 0
            if tokens >= 1 then
              tokens = tokens - 1
              allowed = 1
            else
              wait = math.ceil((1 - tokens) * 1000 / rate)
            end
            redis.call('HSET', KEYS[1], 'tokens', tokens, 'at', now)
            redis.call('PEXPIRE', KEYS[1], math.ceil(burst * 1000 / rate) + 1000)
            return {allowed, wait, math.floor(tokens), math.ceil((burst - tokens) * 1000 / rate)}
            """, List.class);

    /**
     * @param allowed    a token was taken
     * @param retryAfter when refused, how long until a token is there
     * @param remaining  whole tokens left after this decision
     * @param untilFull  how long until the bucket is full again at its rate
     */
    public record Decision(boolean allowed, Duration retryAfter, long remaining, Duration untilFull) {}

    private final ReactiveStringRedisTemplate redis;

    public TokenBucket(ReactiveStringRedisTemplate redis) {
        this.redis = redis;
    }

    @SuppressWarnings("unchecked")
    public Mono<Decision> take(String key, int perSecond, int burst) {
        return redis.execute(TAKE, List.of(key), List.of(Integer.toString(perSecond), Integer.toString(burst)))
                .next()
                .map(result -> {
                    List<Long> values = (List<Long>) result;
                    return new Decision(values.get(0) == 1L, Duration.ofMillis(values.get(1)), values.get(2),
                            Duration.ofMillis(values.get(3)));
                });
    }
}
