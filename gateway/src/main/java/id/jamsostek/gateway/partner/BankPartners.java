package id.jamsostek.gateway.partner;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Bank partners by client key and by id, through the partner cache. */
@Component
public class BankPartners {

    private final CachedLookup<BankPartner> byClientKey;
    private final CachedLookup<BankPartner> byId;

    public BankPartners(BankPartnerRepository repository, PartnerSettings settings) {
        this.byClientKey = new CachedLookup<>(settings.cacheTtl(), repository::byClientKey);
        this.byId = new CachedLookup<>(settings.cacheTtl(), repository::byId);
    }

    public Mono<BankPartner> byClientKey(String clientKey) {
        return byClientKey.get(clientKey);
    }

    public Mono<BankPartner> byId(String id) {
        return byId.get(id);
    }
}
