package id.jamsostek.gateway.snap;

import id.jamsostek.adapters.core.Deadline;
import id.jamsostek.gateway.partner.BankPartners;
import id.jamsostek.gateway.edge.UnauthenticatedPool;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.gateway.tls.ClientCertificateCheck;
import id.jamsostek.snap.SnapSignatures;
import java.time.Clock;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Authenticates an access-token request (SNAP service 73): X-CLIENT-KEY names the bank, X-SIGNATURE is
 * SHA256withRSA over {@code clientKey|X-TIMESTAMP} verified with the bank's registered public key; then the client
 * certificate of the connection, if the bank pinned any (mutual TLS).
 */
@Component
public class SnapClientSignatureGatewayFilterFactory
        extends SnapAuthenticationGatewayFilterFactory {

    private final BankPartners partners;
    private final ClientCertificateCheck certificates;
    private final Clock clock;

    public SnapClientSignatureGatewayFilterFactory(BankPartners partners, ClientCertificateCheck certificates,
            SnapSettings settings, UnauthenticatedPool pool, Clock clock) {
        super(settings, pool);
        this.partners = partners;
        this.certificates = certificates;
        this.clock = clock;
    }

    @Override
    protected Mono<Void> authenticate(ServerWebExchange exchange) {
        SnapRequestChecks.requirePost(exchange);
        ServerHttpRequest request = exchange.getRequest();
        String clientKey = SnapRequestChecks.header(request, SnapHeaders.CLIENT_KEY);
        String timestamp = SnapRequestChecks.header(request, SnapHeaders.TIMESTAMP);
        String signature = SnapRequestChecks.header(request, SnapHeaders.SIGNATURE);
        SnapRequestChecks.requireFreshTimestamp(timestamp, clock, settings.timestampSkew());
        return partners.byClientKey(clientKey)
                .switchIfEmpty(Mono.error(() -> new GatewayException(Problem.UNAUTHORIZED,
                        SnapRequestChecks.UNKNOWN_CLIENT)))
                .doOnNext(partner -> {
                    SnapRequestChecks.requireAdmitted(partner, exchange);
                    if (!partner.publicKeys().anyVerifies(clock.instant(),
                            key -> SnapSignatures.verifyAccessToken(key, clientKey, timestamp, signature))) {
                        throw new GatewayException(Problem.UNAUTHORIZED, "Signature");
                    }
                })
                .flatMap(partner -> certificates.require(partner.id(), request.getSslInfo()).thenReturn(partner))
                .doOnNext(partner -> new BankCaller(partner, Deadline.in(partner.profile().deadline()), null, null,
                        null).keep(exchange))
                .then();
    }
}
