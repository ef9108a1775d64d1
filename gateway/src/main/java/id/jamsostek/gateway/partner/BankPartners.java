package id.jamsostek.gateway.partner;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Bank partners by client key and by id, read through a short-lived cache so the hot path does not query the
 * database on every request, while a disabled partner or a rotated key takes effect within {@code cacheTtl}.
 */
@Component
public class BankPartners {

    private final AsyncLoadingCache<String, Optional<BankPartner>> byClientKey;
    private final AsyncLoadingCache<String, Optional<BankPartner>> byId;

    public BankPartners(BankPartnerRepository repository, PartnerSettings settings) {
        this.byClientKey = Caffeine.newBuilder().expireAfterWrite(settings.cacheTtl()).maximumSize(10_000)
                .buildAsync((key, executor) -> repository.byClientKey(key).map(Optional::of)
                        .defaultIfEmpty(Optional.empty()).toFuture());
        this.byId = Caffeine.newBuilder().expireAfterWrite(settings.cacheTtl()).maximumSize(10_000)
                .buildAsync((key, executor) -> repository.byId(key).map(Optional::of)
                        .defaultIfEmpty(Optional.empty()).toFuture());
    }

    public Mono<BankPartner> byClientKey(String clientKey) {
        return Mono.fromFuture(byClientKey.get(clientKey)).flatMap(Mono::justOrEmpty);
    }

    public Mono<BankPartner> byId(String id) {
        return Mono.fromFuture(byId.get(id)).flatMap(Mono::justOrEmpty);
    }

    /** Forget everything cached, e.g. after an operator changed partners. */
    public void invalidateAll() {
        byClientKey.synchronous().invalidateAll();
        byId.synchronous().invalidateAll();
    }
}
