package id.jamsostek.gateway.idempotency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import id.jamsostek.gateway.background.PeriodicTask;
import java.time.Duration;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Deletes idempotency records past their retention, in batches, on every instance (deletes do not collide). */
@Component
public class IdempotencyPurge extends PeriodicTask {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyPurge.class);
    private static final int BATCH = 5_000;

    private final IdempotencyStore store;
    private final IdempotencySettings settings;

    public IdempotencyPurge(IdempotencyStore store, IdempotencySettings settings) {
        this.store = store;
        this.settings = settings;
    }

    @Override
    protected Duration interval() {
        return settings.purgeInterval();
    }

    @Override
    protected Mono<Long> round() {
        return purgeAll();
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
}
