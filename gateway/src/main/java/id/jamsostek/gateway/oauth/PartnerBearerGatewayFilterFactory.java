package id.jamsostek.gateway.oauth;

import id.jamsostek.adapters.core.Deadline;
import id.jamsostek.gateway.caller.Caller;
import id.jamsostek.gateway.caller.EmployerCaller;
import id.jamsostek.gateway.caller.PayerCaller;
import id.jamsostek.gateway.caller.VillageCaller;
import id.jamsostek.gateway.edge.UnauthenticatedPool;
import id.jamsostek.gateway.partner.EmployerPlatform;
import id.jamsostek.gateway.partner.PayerPartner;
import id.jamsostek.gateway.partner.RestPartner;
import id.jamsostek.gateway.partner.RestPartners;
import id.jamsostek.gateway.partner.VillagePartner;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.gateway.tls.ClientCertificateCheck;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Authenticates a partner REST request by its Bearer access token (ours, or a trusted issuer's) and puts the
 * partner, still enabled, on the exchange as the caller of its kind. A missing, invalid or expired token: 401 with
 * WWW-Authenticate; a connection without the client certificate the partner must present, or with another
 * partner's: 401 client-certificate; a token without one of the route's scopes: 403 insufficient-scope (RFC 6750
 * section 3.1). It runs before the body is read, in the pool of requests being authenticated.
 */
@Component
public class PartnerBearerGatewayFilterFactory
        extends AbstractGatewayFilterFactory<PartnerBearerGatewayFilterFactory.Config> {

    private static final String BEARER = "Bearer ";

    private final PartnerTokens tokens;
    private final RestPartners partners;
    private final ClientCertificateCheck certificates;
    private final UnauthenticatedPool pool;

    public PartnerBearerGatewayFilterFactory(PartnerTokens tokens, RestPartners partners,
            ClientCertificateCheck certificates, UnauthenticatedPool pool) {
        super(Config.class);
        this.tokens = tokens;
        this.partners = partners;
        this.certificates = certificates;
        this.pool = pool;
    }

    public static class Config {
        /** The scopes of which the token must carry one, space-separated. */
        private String scope = "";

        /** The whole request's budget, the core included. */
        private Duration deadline = Duration.ofSeconds(5);

        public String getScope() {
            return scope;
        }

        public void setScope(String scope) {
            this.scope = scope;
        }

        Set<String> anyOf() {
            return PartnerTokens.scopes(scope);
        }

        public Duration getDeadline() {
            return deadline;
        }

        public void setDeadline(Duration deadline) {
            this.deadline = deadline;
        }

        @Override
        public String toString() {
            return "PartnerBearer[scope=" + scope + ", deadline=" + deadline + "]";
        }
    }

    @Override
    public List<String> shortcutFieldOrder() {
        return List.of("scope", "deadline");
    }

    @Override
    public GatewayFilter apply(Config config) {
        if (config.anyOf().isEmpty()) {
            throw new IllegalArgumentException("PartnerBearer needs the route's scope(s), e.g. PartnerBearer=village.read");
        }
        return new GatewayFilter() {
            @Override
            public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
                return pool.authenticate(exchange, Mono.defer(() -> authenticate(exchange, config)))
                        .then(chain.filter(exchange));
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
                .flatMap(subject -> partnerOf(subject)
                        .filter(RestPartner::enabled)
                        .flatMap(partner -> certificates.require(partner.id(), exchange.getRequest().getSslInfo(),
                                        subject.boundTo())
                                .doOnError(GatewayException.class, refused -> challenge(exchange))
                                .thenReturn(partner))
                        .doOnNext(partner -> requireScope(exchange, config, subject, partner)))
                .switchIfEmpty(Mono.error(() -> unauthorized(exchange, "the access token is invalid or expired")))
                .doOnNext(partner -> callerOf(partner, deadline).keep(exchange))
                .then();
    }

    /** What the token says, within what the partner is registered for today. */
    private static void requireScope(ServerWebExchange exchange, Config config, PartnerTokens.Subject subject,
            RestPartner partner) {
        boolean granted = config.anyOf().stream()
                .anyMatch(scope -> subject.scopes().contains(scope) && partner.scopes().contains(scope));
        if (!granted) {
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                    "Bearer realm=\"jamsostek-gateway\", error=\"insufficient_scope\", scope=\"" + config.getScope()
                            + "\"");
            throw new GatewayException(Problem.INSUFFICIENT_SCOPE,
                    "this operation needs the scope " + String.join(" or ", new TreeSet<>(config.anyOf())));
        }
    }

    private Mono<RestPartner> partnerOf(PartnerTokens.Subject subject) {
        return switch (subject) {
            case PartnerTokens.Subject.Partner partner -> partners.byId(partner.partnerId());
            case PartnerTokens.Subject.Client client -> partners.byClientId(client.clientId())
                    .map(registered -> registered.partner());
        };
    }

    private static Caller callerOf(RestPartner partner, Deadline deadline) {
        return switch (partner) {
            case VillagePartner village -> new VillageCaller(village, deadline);
            case EmployerPlatform platform -> new EmployerCaller(platform, deadline);
            case PayerPartner payer -> new PayerCaller(payer, deadline);
        };
    }

    private static GatewayException unauthorized(ServerWebExchange exchange, String detail) {
        challenge(exchange);
        return new GatewayException(Problem.INVALID_TOKEN, detail);
    }

    /** A token the connection may not use counts as an invalid one (RFC 8705 section 3). */
    private static void challenge(ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                "Bearer realm=\"jamsostek-gateway\", error=\"invalid_token\"");
    }
}
