package id.jamsostek.gateway.snap;

import id.jamsostek.adapters.core.Deadline;
import id.jamsostek.gateway.body.CachedBody;
import id.jamsostek.gateway.edge.UnauthenticatedPool;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.snap.SnapSignatures;
import java.time.Clock;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Completes a SNAP transaction's authentication once its body is read: X-SIGNATURE is HMAC-SHA512 with the bank's
 * client secret (or, inside a rotation's overlap, the previous one) over method, the path as received, the token, the
 * SHA-256 of the minified body bytes as received, and X-TIMESTAMP. Only then is the bank the request's caller.
 */
@Component
public class SnapSignatureGatewayFilterFactory extends SnapAuthenticationGatewayFilterFactory {

    private final Clock clock;

    public SnapSignatureGatewayFilterFactory(SnapSettings settings, UnauthenticatedPool pool, Clock clock) {
        super(settings, pool);
        this.clock = clock;
    }

    @Override
    protected Mono<Void> authenticate(ServerWebExchange exchange) {
        SnapClaim claim = SnapClaim.of(exchange);
        ServerHttpRequest request = exchange.getRequest();
        byte[] body = CachedBody.of(exchange);
        String relativePath = SnapRequestPath.of(exchange).relativePath();
        if (!claim.partner().clientSecrets().anyVerifies(clock.instant(), secret -> SnapSignatures.verifyTransaction(
                secret.bytes(), request.getMethod().name(), relativePath, claim.accessToken(), body,
                claim.timestamp(), claim.signature()))) {
            throw new GatewayException(Problem.UNAUTHORIZED, "Signature");
        }
        new BankCaller(claim.partner(), Deadline.in(claim.partner().profile().deadline()), claim.accessToken(),
                claim.partnerCode(), claim.externalId()).keep(exchange);
        return Mono.empty();
    }
}
