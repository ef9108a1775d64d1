package id.jamsostek.gateway.partner;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * Partners read through a short-lived cache, so the hot path does not query the database on every request while a
 * disabled partner or a rotated key takes effect within the time to live. Absence is cached too, apart: strangers
 * choose the keys that miss (any client id, any client key), so their entries are bounded by count and by bytes and
 * can never push a registered partner out of the cache.
 */
public final class CachedLookup<T> {

    /** Registered partners: a few thousand at most. */
    static final int MAX_FOUND = 10_000;
    static final int MAX_ABSENT = 10_000;
    static final long MAX_ABSENT_BYTES = 4L << 20;

    private final AsyncLoadingCache<String, T> found;
    private final Cache<String, Boolean> absent;

    public CachedLookup(Duration ttl, Function<String, Mono<T>> loader) {
        this(ttl, loader, MAX_ABSENT, MAX_ABSENT_BYTES);
    }

    CachedLookup(Duration ttl, Function<String, Mono<T>> loader, int maxAbsent, long maxAbsentBytes) {
        // a future completing empty (null) is not kept: the key goes to the absent entries instead
        this.found = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(MAX_FOUND)
                .buildAsync((key, executor) -> loader.apply(key).toFuture());
        // every entry weighs at least its share of the bytes, so both bounds hold with one weight
        long share = Math.max(1, maxAbsentBytes / maxAbsent);
        this.absent = Caffeine.newBuilder().expireAfterWrite(ttl).maximumWeight(maxAbsentBytes)
                .<String, Boolean>weigher((key, present) -> (int) Math.min(Integer.MAX_VALUE,
                        Math.max(share, bytes(key))))
                .build();
    }

    /** About what a cached key costs in memory: the string's bytes and the entry around it. */
    static long bytes(String key) {
        return 2L * key.length() + 96;
    }

    /**
     * The future is shared by every request waiting for the same key: one of them giving up (its bank timed out)
     * must not cancel the look-up for the others.
     */
    public Mono<T> get(String key) {
        if (absent.getIfPresent(key) != null) {
            return Mono.empty();
        }
        return Mono.fromFuture(found.get(key), true).doOnSuccess(value -> {
            if (value == null) {
                absent.put(key, Boolean.TRUE);
            }
        });
    }

    /** How many absent keys are kept now (after pending evictions). */
    long absentEntries() {
        absent.cleanUp();
        return absent.estimatedSize();
    }

    /** What the absent keys weigh now, in about bytes (after pending evictions). */
    long absentBytes() {
        absent.cleanUp();
        return absent.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }

    /** Drops every entry: this instance reads afresh after a change it made itself. */
    public void forgetAll() {
        found.synchronous().invalidateAll();
        absent.invalidateAll();
    }
}
