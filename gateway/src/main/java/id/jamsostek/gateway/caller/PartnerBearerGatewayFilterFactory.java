package id.jamsostek.gateway.caller;

import id.jamsostek.adapters.core.Deadline;
import id.jamsostek.gateway.oauth.PartnerTokens;
import id.jamsostek.gateway.partner.VillagePartner;
import id.jamsostek.gateway.partner.VillagePartners;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.time.Duration;
import java.util.List;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Authenticates a partner REST request by its Bearer access token (ours, or a trusted issuer's) and puts the
 * partner, still enabled, on the exchange. A missing, invalid or expired token: 401 with WWW-Authenticate.
 */
@Component
public class PartnerBearerGatewayFilterFactory
        extends AbstractGatewayFilterFactory<PartnerBearerGatewayFilterFactory.Config> {

    private static final String BEARER = "Bearer ";

    private final PartnerTokens tokens;
    private final VillagePartners villages;

    public PartnerBearerGatewayFilterFactory(PartnerTokens tokens, VillagePartners villages) {
        super(Config.class);
        this.tokens = tokens;
        this.villages = villages;
    }

    public static class Config {
        /** The whole request's budget, the core included. */
        private Duration deadline = Duration.ofSeconds(5);

        public Duration getDeadline() {
            return deadline;
        }

        public void setDeadline(Duration deadline) {
            this.deadline = deadline;
        }

        @Override
        public String toString() {
            return "PartnerBearer[deadline=" + deadline + "]";
        }
    }

    @Override
    public List<String> shortcutFieldOrder() {
        return List.of("deadline");
    }

    @Override
    public GatewayFilter apply(Config config) {
        return new GatewayFilter() {
            @Override
            public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
                return Mono.defer(() -> authenticate(exchange, config)).then(chain.filter(exchange));
            }

            @Override
            public String toString() {
                return config.toString();
            }
        };
    }

    private Mono<Void> authenticate(ServerWebExchange exchange, Config config) {
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Mono.error(unauthorized(exchange, "a Bearer access token is required"));
        }
        Deadline deadline = Deadline.in(config.getDeadline());
        return tokens.subjectOf(authorization.substring(BEARER.length()).strip())
                .flatMap(subject -> switch (subject) {
                    case PartnerTokens.Subject.Partner partner -> villages.byId(partner.partnerId());
                    case PartnerTokens.Subject.Client client -> villages.byClientId(client.clientId());
                })
                .filter(VillagePartner::enabled)
                .switchIfEmpty(Mono.error(() -> unauthorized(exchange, "the access token is invalid or expired")))
                .doOnNext(partner -> new VillageCaller(partner, deadline).keep(exchange))
                .then();
    }

    private static GatewayException unauthorized(ServerWebExchange exchange, String detail) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                "Bearer realm=\"jamsostek-gateway\", error=\"invalid_token\"");
        return new GatewayException(Problem.INVALID_TOKEN, detail);
    }
}
