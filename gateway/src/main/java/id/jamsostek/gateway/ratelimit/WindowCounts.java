package id.jamsostek.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Counts of events per key in fixed windows, in the partners' rate limits' Redis (same connection, same key prefix,
 * same time budget), so that every instance counts together: a window starts with its first event and ends on Redis's
 * clock. An answer that Redis does not give within the budget is an error, for the caller to decide what it means.
 */
@Component
public class WindowCounts {

    /** KEYS[1] the count; ARGV the window in ms. Returns {count, ms left of the window}. */
    private static final RedisScript<List> ADD = RedisScript.of("""
            local count = redis.call('INCR', KEYS[1])
            if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return {count, redis.call('PTTL', KEYS[1])}
            """, List.class);

    /** KEYS[1] the count. Returns {count (0 when none), ms left of the window}. */
    private static final RedisScript<List> READ = RedisScript.of("""
            local count = tonumber(redis.call('GET', KEYS[1])) or 0
            return {count, redis.call('PTTL', KEYS[1])}
            """, List.class);

    /**
     * @param count events in the window so far
     * @param left  until the window ends (zero when there is none)
     */
    public record Count(long count, Duration left) {}

    private final ReactiveStringRedisTemplate redis;
    private final RateLimitSettings settings;

    public WindowCounts(ReactiveStringRedisTemplate redis, RateLimitSettings settings) {
        this.redis = redis;
        this.settings = settings;
    }

    /** Counts one event under the key, starting a window of that length when none is running. */
    public Mono<Count> add(String key, Duration window) {
        return run(ADD, key, List.of(Long.toString(window.toMillis())));
    }

    public Mono<Count> read(String key) {
        return run(READ, key, List.of());
    }

    @SuppressWarnings("unchecked")
    private Mono<Count> run(RedisScript<List> script, String key, List<String> arguments) {
        return redis.execute(script, List.of(settings.keyPrefix() + ":" + key), arguments).next()
                .map(result -> {
                    List<Long> values = (List<Long>) result;
                    return new Count(values.get(0), Duration.ofMillis(Math.max(0, values.get(1))));
                })
                .timeout(settings.redisTimeout());
    }
}
