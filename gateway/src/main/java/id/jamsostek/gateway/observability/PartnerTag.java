package id.jamsostek.gateway.observability;

import id.jamsostek.gateway.caller.Caller;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The {@code partner} tag of a request's metrics: the authenticated partner's id, {@code anonymous} before
 * authentication (or when it failed). Bounded: tens of thousands of villages may each be a partner, and every tag
 * value multiplies the series of every route and status, so past {@code gateway.metrics.partner-tag-limit} distinct
 * partners on an instance the rest are counted together as {@code other}.
 */
@Component
public class PartnerTag {

    public static final String NAME = "partner";
    public static final String ANONYMOUS = "anonymous";
    public static final String OTHER = "other";

    private final int limit;
    private final Set<String> shown = ConcurrentHashMap.newKeySet();

    public PartnerTag(MetricsSettings settings) {
        this.limit = settings.partnerTagLimit();
    }

    public String of(ServerWebExchange exchange) {
        return Caller.of(exchange).map(caller -> bounded(caller.partnerId())).orElse(ANONYMOUS);
    }

    private String bounded(String partnerId) {
        if (shown.contains(partnerId)) {
            return partnerId;
        }
        // a race may let a few more in than the limit: harmless, the bound is what matters
        if (shown.size() >= limit) {
            return OTHER;
        }
        shown.add(partnerId);
        return partnerId;
    }
}
