package id.jamsostek.gateway.partner;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Bank partners by client key and by id, and how to call them, through the partner cache. */
@Component
public class BankPartners {

    private final CachedLookup<BankPartner> byClientKey;
    private final CachedLookup<BankPartner> byId;
    private final CachedLookup<BankOutbound> outbound;

    public BankPartners(BankPartnerRepository repository, PartnerSettings settings) {
        this.byClientKey = new CachedLookup<>(settings.cacheTtl(), repository::byClientKey);
        this.byId = new CachedLookup<>(settings.cacheTtl(), repository::byId);
        this.outbound = new CachedLookup<>(settings.cacheTtl(), repository::outboundOf);
    }

    /** How the gateway calls this bank; empty when it has no outbound settings. */
    public Mono<BankOutbound> outbound(String id) {
        return outbound.get(id);
    }

    public Mono<BankPartner> byClientKey(String clientKey) {
        return byClientKey.get(clientKey);
    }

    public Mono<BankPartner> byId(String id) {
        return byId.get(id);
    }

    /** After a change made here: read afresh on this instance at once (others within the cache's time to live). */
    public void forgetAll() {
        byClientKey.forgetAll();
        byId.forgetAll();
        outbound.forgetAll();
    }
}
