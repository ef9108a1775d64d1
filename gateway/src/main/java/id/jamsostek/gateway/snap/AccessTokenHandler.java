package id.jamsostek.gateway.snap;

import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.gateway.tls.CertificateBinding;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import id.jamsostek.snap.SnapTimestamp;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/** Issues the B2B access token (SNAP service 73) to a bank the pipeline has authenticated. */
@Component
public class AccessTokenHandler {

    private final AccessTokens tokens;
    private final Clock clock;

    public AccessTokenHandler(AccessTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    public Mono<ServerResponse> issue(ServerRequest request) {
        return Mono.defer(() -> {
            BankCaller caller = BankCaller.of(request.exchange())
                    .orElseThrow(() -> new GatewayException(Problem.NOT_FOUND));
            AccessTokens.Issued issued = tokens.issue(caller.partner().id(),
                    CertificateBinding.thumbprint(request.exchange().getRequest().getSslInfo()));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("responseCode", "2007300");
            body.put("responseMessage", "Successful");
            body.put("accessToken", issued.token());
            body.put("tokenType", "Bearer");
            body.put("expiresIn", Long.toString(issued.expiresInSeconds()));
            return ServerResponse.ok()
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(SnapHeaders.TIMESTAMP, SnapTimestamp.now(clock))
                    .header(SnapHeaders.CLIENT_KEY, caller.partner().clientKey())
                    .bodyValue(body);
        });
    }
}
