package id.jamsostek.gateway.idempotency;

import id.jamsostek.gateway.observability.PartnerTag;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Counts repeated keys per route and partner: {@code gateway_idempotency_replays_total} (answered from the record)
 * and {@code gateway_idempotency_conflicts_total{reason}} (refused: the key was used for another request, or its
 * first request is still in flight).
 */
@Component
public class IdempotencyMetrics {

    /** Why a repeated key was refused. */
    public enum Conflict {
        /** the same key with another request: SNAP 409xx00, REST 422 */
        OTHER_REQUEST("other_request"),
        /** the same request while the first is still in flight: REST 409 */
        IN_FLIGHT("in_flight");

        private final String tag;

        Conflict(String tag) {
            this.tag = tag;
        }
    }

    private final MeterRegistry registry;
    private final PartnerTag partner;

    public IdempotencyMetrics(MeterRegistry registry, PartnerTag partner) {
        this.registry = registry;
        this.partner = partner;
    }

    public void replayed(ServerWebExchange exchange) {
        registry.counter("gateway.idempotency.replays", tags(exchange)).increment();
    }

    public void conflict(ServerWebExchange exchange, Conflict conflict) {
        registry.counter("gateway.idempotency.conflicts", tags(exchange).and("reason", conflict.tag)).increment();
    }

    private Tags tags(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        return Tags.of("route", route == null ? "none" : route.getId(), PartnerTag.NAME, partner.of(exchange));
    }
}
