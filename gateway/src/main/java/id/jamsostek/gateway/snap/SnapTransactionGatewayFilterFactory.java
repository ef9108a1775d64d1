package id.jamsostek.gateway.snap;

import id.jamsostek.adapters.core.Deadline;
import id.jamsostek.gateway.body.CachedBody;
import id.jamsostek.gateway.partner.BankPartners;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.gateway.tls.ClientCertificateCheck;
import id.jamsostek.snap.SnapSignatures;
import java.time.Clock;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Authenticates a SNAP transaction (inquiry, payment): the Bearer token names the bank; X-SIGNATURE is
 * HMAC-SHA512 with the bank's client secret (or, inside a rotation's overlap, the previous one) over method, the path
 * as received, the token, the SHA-256 of the minified body bytes as received, and X-TIMESTAMP; X-PARTNER-ID must be
 * one of its company codes and CHANNEL-ID one of its channels; then the client certificate of the connection, if the
 * bank pinned any (mutual TLS).
 */
@Component
public class SnapTransactionGatewayFilterFactory
        extends SnapAuthenticationGatewayFilterFactory {

    private static final String BEARER = "Bearer ";

    private final AccessTokens tokens;
    private final BankPartners partners;
    private final ClientCertificateCheck certificates;
    private final Clock clock;

    public SnapTransactionGatewayFilterFactory(AccessTokens tokens, BankPartners partners,
            ClientCertificateCheck certificates, SnapSettings settings, Clock clock) {
        super(settings);
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
        String partnerCode = SnapRequestChecks.header(request, SnapHeaders.PARTNER_ID, "[ 0-9A-Za-z._-]{1,36}");
        String externalId = SnapRequestChecks.header(request, SnapHeaders.EXTERNAL_ID, "[0-9]{1,36}");
        String channelId = SnapRequestChecks.header(request, SnapHeaders.CHANNEL_ID, "[0-9]{1,5}");
        SnapRequestChecks.requireFreshTimestamp(timestamp, clock, settings.timestampSkew());
        AccessTokens.Bearer bearer = tokens.bearerOf(token)
                .orElseThrow(() -> new GatewayException(Problem.INVALID_TOKEN));
        byte[] body = CachedBody.of(exchange);
        String relativePath = SnapRequestPath.of(exchange).relativePath();
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
                    if (!partner.clientSecrets().anyVerifies(clock.instant(), secret -> SnapSignatures
                            .verifyTransaction(secret.bytes(), request.getMethod().name(), relativePath, token, body,
                                    timestamp, signature))) {
                        throw new GatewayException(Problem.UNAUTHORIZED, "Signature");
                    }
                })
                .flatMap(partner -> certificates.require(partner.id(), request.getSslInfo(), bearer.boundTo())
                        .thenReturn(partner))
                .doOnNext(partner -> new BankCaller(partner, Deadline.in(partner.profile().deadline()), token,
                        partnerCode.strip(), externalId).keep(exchange))
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
