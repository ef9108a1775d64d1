package id.jamsostek.gateway.ratelimit;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Request rates per partner and route, counted in Redis so that every instance shares them.
 *
 * @param redisTimeout how long a decision may wait for Redis before the route's policy for a Redis down applies
 * @param keyPrefix    of the Redis keys (gateways sharing a Redis with other applications, or tests, set their own)
 * @param policies     by name, as routes refer to them ({@code RateLimit=<name>})
 */
@ConfigurationProperties("gateway.rate-limits")
public record RateLimitSettings(@DefaultValue("100ms") Duration redisTimeout, @DefaultValue("ratelimit") String keyPrefix,
        Map<String, Policy> policies) {

    public RateLimitSettings {
        policies = policies == null ? Map.of() : Map.copyOf(policies);
    }

    /**
     * @param perSecond      sustained requests per second of one partner on one route
     * @param burst          requests it may send at once after a quiet spell
     * @param whenRedisDown  ALLOW (fail open: the request goes on uncounted) or REFUSE (fail closed: 429)
     */
    public record Policy(int perSecond, int burst, WhenRedisDown whenRedisDown) {}

    public enum WhenRedisDown { ALLOW, REFUSE }

    Policy policy(String name) {
        Policy policy = policies.get(name);
        if (policy == null) {
            throw new IllegalArgumentException("no rate-limit policy '" + name + "' under gateway.rate-limits.policies");
        }
        return policy;
    }
}
