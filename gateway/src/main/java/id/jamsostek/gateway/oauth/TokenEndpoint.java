package id.jamsostek.gateway.oauth;

import id.jamsostek.gateway.caller.Caller;
import id.jamsostek.gateway.partner.EmployerPlatform;
import id.jamsostek.gateway.partner.PayerPartner;
import id.jamsostek.gateway.partner.OAuthClient;
import id.jamsostek.gateway.partner.RestPartner;
import id.jamsostek.gateway.partner.VillagePartner;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.gateway.ratelimit.RateLimitSettings;
import id.jamsostek.gateway.ratelimit.RateLimits;
import id.jamsostek.gateway.tls.CertificateBinding;
import id.jamsostek.gateway.tls.ClientCertificateCheck;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.RejectedExecutionException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * POST /oauth2/token, the client credentials grant (RFC 6749 section 4.4). What a request costs is bounded before the
 * client is looked up: its address's rate (policy {@code oauth-token-address}) before the form is read, then the rate
 * of the client id it claims (policy {@code oauth-token-client}), whether or not the secret is right, so that no one
 * guesses a client's secret faster than that and the hashing of secrets stays bounded.
 */
@Component
class TokenEndpoint {

    static final String RATE_LIMIT_SCOPE = "oauth-token";

    private final ClientAuthentication clients;
    private final ClientCertificateCheck certificates;
    private final PartnerTokens tokens;
    private final RateLimits limits;
    private final RateLimitSettings.Policy perAddress;
    private final RateLimitSettings.Policy perClient;

    TokenEndpoint(ClientAuthentication clients, ClientCertificateCheck certificates, PartnerTokens tokens,
            RateLimits limits) {
        this.clients = clients;
        this.certificates = certificates;
        this.tokens = tokens;
        this.limits = limits;
        this.perAddress = limits.policy("oauth-token-address");
        this.perClient = limits.policy("oauth-token-client");
    }

    Mono<ServerResponse> token(ServerRequest request) {
        MediaType type = request.headers().contentType().orElse(null);
        if (type == null || !MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(type)) {
            return error(OAuthError.invalidRequest("the body must be application/x-www-form-urlencoded"));
        }
        return limits.take(request.exchange(), perAddress, RATE_LIMIT_SCOPE, "address:" + address(request))
                .then(request.formData())
                .flatMap(form -> {
                    Optional<String> repeated = form.entrySet().stream()
                            .filter(parameter -> parameter.getValue().size() > 1).map(Map.Entry::getKey).findFirst();
                    if (repeated.isPresent()) {
                        // RFC 6749 section 3.2: parameters must not be included more than once
                        return Mono.error(OAuthError.invalidRequest(repeated.get() + " is repeated"));
                    }
                    if (!"client_credentials".equals(form.getFirst("grant_type"))) {
                        return Mono.error(form.getFirst("grant_type") == null
                                ? OAuthError.invalidRequest("grant_type is missing")
                                : OAuthError.unsupportedGrantType());
                    }
                    return clients.credentials(request.headers().firstHeader(HttpHeaders.AUTHORIZATION), form)
                            .flatMap(credentials -> limits.take(request.exchange(), perClient, RATE_LIMIT_SCOPE,
                                            "client:" + credentials.clientId())
                                    .then(Mono.defer(() -> clients.authenticate(credentials))))
                            // mutual TLS is client authentication too (RFC 8705 section 2): its failure is invalid_client
                            .flatMap(client -> certificates.require(client.partner().id(),
                                            request.exchange().getRequest().getSslInfo())
                                    .onErrorMap(GatewayException.class,
                                            refused -> OAuthError.invalidClient(refused.detail()))
                                    .thenReturn(client))
                            .flatMap(client -> issue(request, client, form.getFirst("scope")));
                })
                .onErrorMap(RejectedExecutionException.class, tooMany -> busy(request))
                .onErrorResume(OAuthError.class, TokenEndpoint::error);
    }

    /** More secrets wait to be checked than the gateway checks at once: the client retries shortly. */
    private static GatewayException busy(ServerRequest request) {
        request.exchange().getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
        return new GatewayException(Problem.TOO_MANY_REQUESTS, "too many token requests at once; retry shortly");
    }

    private Mono<ServerResponse> issue(ServerRequest request, OAuthClient client, String scope) {
        request.exchange().getAttributes().put(Caller.PARTNER_ID_ATTRIBUTE, client.partner().id());
        Set<String> granted = granted(client.partner().scopes(), scope);
        PartnerTokens.Issued issued = tokens.issue(client.partner().id(), client.clientId(), kind(client.partner()),
                granted, CertificateBinding.thumbprint(request.exchange().getRequest().getSslInfo()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", issued.token());
        body.put("token_type", "Bearer");
        body.put("expires_in", issued.expiresInSeconds());
        body.put("scope", String.join(" ", new TreeSet<>(granted)));
        return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noStore())
                .bodyValue(body);
    }

    private static String address(ServerRequest request) {
        InetSocketAddress remote = request.exchange().getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }

    /** What was asked for, if the client is registered for all of it; every registered scope if nothing was. */
    private static Set<String> granted(Set<String> registered, String requested) {
        Set<String> asked = PartnerTokens.scopes(requested);
        if (asked.isEmpty()) {
            return registered;
        }
        if (!registered.containsAll(asked)) {
            throw OAuthError.invalidScope("the client is registered for " + String.join(" ", new TreeSet<>(registered)));
        }
        return asked;
    }

    private static String kind(RestPartner partner) {
        return switch (partner) {
            case VillagePartner village -> "VILLAGE";
            case EmployerPlatform platform -> "EMPLOYER";
            case PayerPartner payer -> "PAYER";
        };
    }

    private static Mono<ServerResponse> error(OAuthError error) {
        ServerResponse.BodyBuilder answer = ServerResponse.status(error.status())
                .contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noStore());
        if (error.status() == 401) {
            answer = answer.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"jamsostek-gateway\"");
        }
        return answer.bodyValue(Map.of("error", error.error(), "error_description", error.getMessage()));
    }
}
