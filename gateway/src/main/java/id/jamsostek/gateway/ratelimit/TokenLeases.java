package id.jamsostek.gateway.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Tokens this instance took from a shared bucket ahead of its requests, spent here without asking Redis each time.
 * A lease is a twentieth of the policy's rate per second (50 ms of it, at most 100 tokens); policies under 40 per
 * second lease nothing and ask Redis per request. A lease lapses after a second.
 *
 * <p>A bucket still never gives more than its rate: a leased token was taken from it before it is spent. What leasing
 * costs the partner, bounded by one lease per instance: a token leased here and not spent within the second is lost
 * to it, and it may meet a 429 on one instance while another still holds a few of its tokens. What is left, as told
 * in the {@code RateLimit} field, is the bucket's when the lease was taken plus this instance's unspent tokens.
 */
@Component
public class TokenLeases {

    static final Duration LIFETIME = Duration.ofSeconds(1);
    static final int MAX_TOKENS = 100;
    /**
     * Keys with a lease at most: past it, lapsed leases are dropped (once a lifetime at most) and, while none has
     * lapsed, a new key asks Redis per request (keys are bounded by who is limited).
     */
    static final int MAX_LEASES = 10_000;

    private final TokenBucket buckets;
    private final Duration redisTimeout;
    private final Clock clock;
    private final int maxLeases;
    private final ConcurrentMap<String, Lease> leases = new ConcurrentHashMap<>();
    private volatile long nextSweep;

    @Autowired
    public TokenLeases(TokenBucket buckets, RateLimitSettings settings, Clock clock) {
        this(buckets, settings, clock, MAX_LEASES);
    }

    TokenLeases(TokenBucket buckets, RateLimitSettings settings, Clock clock, int maxLeases) {
        this.buckets = buckets;
        this.redisTimeout = settings.redisTimeout();
        this.clock = clock;
        this.maxLeases = maxLeases;
    }

    /** How many tokens one lease takes under the policy. */
    static int size(RateLimitSettings.Policy policy) {
        return Math.clamp(policy.perSecond() / 20, 1, MAX_TOKENS);
    }

    /**
     * Spends one token of the key's bucket: a leased one when this instance holds one, else one taken from Redis,
     * which must answer within the settings' time (a {@link java.util.concurrent.TimeoutException} otherwise).
     */
    public Mono<TokenBucket.Decision> take(String key, RateLimitSettings.Policy policy) {
        long now = clock.millis();
        Lease lease = leases.get(key);
        if (lease != null) {
            TokenBucket.Decision spent = lease.spend(now);
            if (spent != null) {
                return Mono.just(spent);
            }
            leases.remove(key, lease);
        }
        return buckets.take(key, policy.perSecond(), policy.burst(), size(policy))
                .timeout(redisTimeout)
                .map(grant -> grant.tokens() > 1 ? spendAndKeep(key, grant, now) : grant.decision());
    }

    /** Spends one of the tokens taken and keeps the rest, added to a live lease of the key (another may be there). */
    private TokenBucket.Decision spendAndKeep(String key, TokenBucket.Grant grant, long now) {
        Lease taken = new Lease(grant.tokens(), grant.decision(), now + LIFETIME.toMillis());
        TokenBucket.Decision spent = taken.spend(now);
        if (room(key, now)) {
            leases.merge(key, taken, Lease::with);
        }
        return spent;
    }

    private boolean room(String key, long now) {
        if (leases.size() < maxLeases || leases.containsKey(key)) {
            return true;
        }
        if (now >= nextSweep) {
            nextSweep = now + LIFETIME.toMillis();
            leases.values().removeIf(lease -> lease.lapsed(now));
        }
        return leases.size() < maxLeases;
    }

    /** Unspent tokens of one key on this instance, and what the bucket said when they were taken. */
    private static final class Lease {

        private long left;
        private TokenBucket.Decision answer;
        private long expiresAt;

        Lease(long left, TokenBucket.Decision answer, long expiresAt) {
            this.left = left;
            this.answer = answer;
            this.expiresAt = expiresAt;
        }

        synchronized boolean lapsed(long now) {
            return now >= expiresAt;
        }

        synchronized TokenBucket.Decision spend(long now) {
            if (left == 0 || lapsed(now)) {
                return null;
            }
            left--;
            return new TokenBucket.Decision(true, Duration.ZERO, answer.remaining() + left, answer.untilFull());
        }

        /** This lease with a newer one's tokens added, or the newer one when this had lapsed when that was taken. */
        synchronized Lease with(Lease newer) {
            if (lapsed(newer.expiresAt - LIFETIME.toMillis())) {
                return newer;
            }
            left += newer.left;
            answer = newer.answer;
            expiresAt = newer.expiresAt;
            return this;
        }
    }
}
