package id.jamsostek.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A token bucket per key in Redis, refilled continuously, decided atomically by one Lua script on Redis's own clock
 * (so instances with skewed clocks agree). A caller may take several tokens at once ({@link TokenLeases}).
 */
@Component
public class TokenBucket {

    /**
     * KEYS[1] the bucket; ARGV per second, burst, tokens wanted. Returns {whole tokens taken (as many as wanted, fewer
     * when fewer are there, none when not one is), milliseconds until a token is there, whole tokens left,
     * milliseconds until the bucket is full again}.
     */
    private static final RedisScript<List> TAKE = RedisScript.of("""
            local rate = tonumber(ARGV[1])
            local burst = tonumber(ARGV[2])
            local wanted = tonumber(ARGV[3])
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
            local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
            local tokens = tonumber(state[1]) or burst
            local at = tonumber(state[2]) or now
            tokens = math.min(burst, tokens + (now - at) * rate / 1000)
            local taken = math.min(wanted, math.floor(tokens))
            local wait = 0
            if taken >= 1 then
              tokens = tokens - taken
            else
              taken = 0
              wait = math.ceil((1 - tokens) * 1000 / rate)
            end
            redis.call('HSET', KEYS[1], 'tokens', tokens, 'at', now)
            redis.call('PEXPIRE', KEYS[1], math.ceil(burst * 1000 / rate) + 1000)
            return {taken, wait, math.floor(tokens), math.ceil((burst - tokens) * 1000 / rate)}
            """, List.class);

    /**
     * @param allowed    a token was taken
     * @param retryAfter when refused, how long until a token is there
     * @param remaining  whole tokens left after this decision
     * @param untilFull  how long until the bucket is full again at its rate
     */
    public record Decision(boolean allowed, Duration retryAfter, long remaining, Duration untilFull) {}

    /**
     * @param tokens   taken from the bucket: at least one when the decision allows, none when it refuses
     * @param decision what the bucket said, as for one token
     */
    public record Grant(long tokens, Decision decision) {}

    private final ReactiveStringRedisTemplate redis;

    public TokenBucket(ReactiveStringRedisTemplate redis) {
        this.redis = redis;
    }

    /** Takes up to {@code tokens} whole tokens at once. */
    @SuppressWarnings("unchecked")
    public Mono<Grant> take(String key, int perSecond, int burst, int tokens) {
        return redis.execute(TAKE, List.of(key),
                        List.of(Integer.toString(perSecond), Integer.toString(burst), Integer.toString(tokens)))
                .next()
                .map(result -> {
                    List<Long> values = (List<Long>) result;
                    long taken = values.get(0);
                    return new Grant(taken, new Decision(taken >= 1, Duration.ofMillis(values.get(1)), values.get(2),
                            Duration.ofMillis(values.get(3))));
                });
    }
}
