package id.jamsostek.gateway.observability;

import io.micrometer.core.instrument.Tags;
import org.springframework.cloud.gateway.support.tagsprovider.GatewayTagsProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Adds the partner to Spring Cloud Gateway's request timer ({@code spring_cloud_gateway_requests_seconds}), which
 * already carries the route, outcome and status: rate, errors and latency per route and partner from one metric.
 */
@Component
class PartnerTagsProvider implements GatewayTagsProvider {

    private final PartnerTag partner;

    PartnerTagsProvider(PartnerTag partner) {
        this.partner = partner;
    }

    @Override
    public Tags apply(ServerWebExchange exchange) {
        return Tags.of(PartnerTag.NAME, partner.of(exchange));
    }
}
