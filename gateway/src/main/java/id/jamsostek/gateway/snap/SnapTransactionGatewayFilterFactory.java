package id.jamsostek.gateway.snap;

import id.jamsostek.gateway.caller.Caller;
import id.jamsostek.gateway.partner.BankPartners;
import id.jamsostek.gateway.edge.UnauthenticatedPool;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.gateway.tls.ClientCertificateCheck;
import java.time.Clock;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The part of a SNAP transaction's (inquiry, payment) authentication that needs no body, made before a byte of it is
 * read: the Bearer token names the bank, enabled and calling from an allowed address on its own prefix; X-PARTNER-ID
 * is one of its company codes and CHANNEL-ID one of its channels; the headers are well formed and X-TIMESTAMP fresh;
 * the connection's client certificate is one the bank pinned, if it pinned any (mutual TLS). A stranger is refused
 * here, so it never spends a bank's admission slots nor has its body read. {@link SnapSignatureGatewayFilterFactory}
 * then checks X-SIGNATURE over the body.
 */
@Component
public class SnapTransactionGatewayFilterFactory extends SnapAuthenticationGatewayFilterFactory {

    private static final String BEARER = "Bearer ";
    private static final Pattern PARTNER_ID = Pattern.compile("[ 0-9A-Za-z._-]{1,36}");
    private static final Pattern EXTERNAL_ID = Pattern.compile("[0-9]{1,36}");
    private static final Pattern CHANNEL_ID = Pattern.compile("[0-9]{1,5}");

    private final AccessTokens tokens;
    private final BankPartners partners;
    private final ClientCertificateCheck certificates;
    private final Clock clock;

    public SnapTransactionGatewayFilterFactory(AccessTokens tokens, BankPartners partners,
            ClientCertificateCheck certificates, SnapSettings settings, UnauthenticatedPool pool, Clock clock) {
        super(settings, pool);
        this.tokens = tokens;
        this.partners = partners;
        this.certificates = certificates;
        this.clock = clock;
    }

    @Override
    protected Mono<Void> authenticate(ServerWebExchange exchange) {
        SnapRequestChecks.requirePost(exchange);
        ServerHttpRequest request = exchange.getRequest();
        String token = bearerToken(request);
        String timestamp = SnapRequestChecks.header(request, SnapHeaders.TIMESTAMP);
        String signature = SnapRequestChecks.header(request, SnapHeaders.SIGNATURE);
        String partnerCode = SnapRequestChecks.header(request, SnapHeaders.PARTNER_ID, PARTNER_ID);
        String externalId = SnapRequestChecks.header(request, SnapHeaders.EXTERNAL_ID, EXTERNAL_ID);
        String channelId = SnapRequestChecks.header(request, SnapHeaders.CHANNEL_ID, CHANNEL_ID);
        SnapRequestChecks.requireFreshTimestamp(timestamp, clock, settings.timestampSkew());
        AccessTokens.Bearer bearer = tokens.bearerOf(token)
                .orElseThrow(() -> new GatewayException(Problem.INVALID_TOKEN));
        return partners.byId(bearer.partnerId())
                .switchIfEmpty(Mono.error(() -> new GatewayException(Problem.INVALID_TOKEN)))
                .doOnNext(partner -> {
                    SnapRequestChecks.requireAdmitted(partner, exchange);
                    if (!partner.hasCompanyCode(partnerCode)) {
                        throw new GatewayException(Problem.UNAUTHORIZED, SnapHeaders.PARTNER_ID);
                    }
                    if (!partner.channelIds().contains(channelId)) {
                        throw new GatewayException(Problem.UNAUTHORIZED, SnapHeaders.CHANNEL_ID);
                    }
                })
                .flatMap(partner -> certificates.require(partner.id(), request.getSslInfo(), bearer.boundTo())
                        .thenReturn(partner))
                .doOnNext(partner -> {
                    exchange.getAttributes().put(Caller.CLAIMED_PARTNER_ID_ATTRIBUTE, partner.id());
                    new SnapClaim(partner, token, timestamp, signature, partnerCode.strip(), externalId)
                            .keep(exchange);
                })
                .then();
    }

    private static String bearerToken(ServerHttpRequest request) {
        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || authorization.length() == BEARER.length()) {
            throw new GatewayException(Problem.INVALID_TOKEN);
        }
        return authorization.substring(BEARER.length()).strip();
    }
}
