package id.jamsostek.gateway.partner;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * Partners read through a short-lived cache, so the hot path does not query the database on every request while a
 * disabled partner or a rotated key takes effect within the time to live. Absence is cached too.
 */
final class CachedLookup<T> {

    private final AsyncLoadingCache<String, Optional<T>> cache;

    CachedLookup(Duration ttl, Function<String, Mono<T>> loader) {
        this.cache = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000)
                .buildAsync((key, executor) -> loader.apply(key).map(Optional::of)
                        .defaultIfEmpty(Optional.empty()).toFuture());
    }

    /**
     * The future is shared by every request waiting for the same key: one of them giving up (its bank timed out)
     * must not cancel the look-up for the others.
     */
    Mono<T> get(String key) {
        return Mono.fromFuture(cache.get(key), true).flatMap(Mono::justOrEmpty);
    }

    /** Drops every entry: this instance reads afresh after a change it made itself. */
    void forgetAll() {
        cache.synchronous().invalidateAll();
    }
}
