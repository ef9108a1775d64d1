package id.jamsostek.gateway.idempotency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Deletes idempotency records past their retention, in batches, on every instance (deletes do not collide). */
@Component
public class IdempotencyPurge implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyPurge.class);
    private static final int BATCH = 5_000;

    private final IdempotencyStore store;
    private final IdempotencySettings settings;
    private volatile Disposable running;

    public IdempotencyPurge(IdempotencyStore store, IdempotencySettings settings) {
        this.store = store;
        this.settings = settings;
    }

    @Override
    public void start() {
        running = Flux.interval(settings.purgeInterval(), settings.purgeInterval())
                .onBackpressureDrop()
                .concatMap(tick -> purgeAll())
                .subscribe();
    }

    /** Purges batch after batch until none is left; returns how many records went. */
    public Mono<Long> purgeAll() {
        return store.purgeExpired(BATCH)
                .expand(deleted -> deleted == BATCH ? store.purgeExpired(BATCH) : Mono.empty())
                .reduce(0L, Long::sum)
                .doOnNext(total -> {
                    if (total > 0) {
                        log.info("purged {} expired idempotency records", total);
                    }
                })
                .onErrorResume(error -> {
                    log.warn("idempotency purge failed, next round in {}: {}", settings.purgeInterval(),
                            error.toString());
                    return Mono.just(0L);
                });
    }

    @Override
    public void stop() {
        Disposable current = running;
        if (current != null) {
            current.dispose();
        }
        running = null;
    }

    @Override
    public boolean isRunning() {
        return running != null;
    }
}
