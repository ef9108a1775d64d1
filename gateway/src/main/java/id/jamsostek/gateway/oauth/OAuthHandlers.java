package id.jamsostek.gateway.oauth;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import id.jamsostek.gateway.caller.Caller;
import id.jamsostek.gateway.partner.EmployerPlatform;
import id.jamsostek.gateway.partner.RestPartner;
import id.jamsostek.gateway.partner.VillagePartner;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.tls.CertificateBinding;
import id.jamsostek.gateway.tls.ClientCertificateCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * A small reactive OAuth2 token endpoint (Spring Authorization Server is servlet-only): the client credentials
 * grant for village and employer software, the JWKS that lets anyone check the tokens it issues, and the metadata
 * (RFC 8414) that tells client libraries where both are.
 */
@Configuration(proxyBeanMethods = false)
public class OAuthHandlers {

    static final String TOKEN_PATH = "/oauth2/token";
    static final String JWKS_PATH = "/oauth2/jwks";

    @Bean
    RouterFunction<ServerResponse> oauthEndpoints(ClientAuthentication clients, ClientCertificateCheck certificates,
            PartnerTokens tokens, SigningKeys keys, OAuthSettings settings) {
        return RouterFunctions.route()
                .POST(TOKEN_PATH, request -> token(request, clients, certificates, tokens))
                .GET(JWKS_PATH, request -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                        .cacheControl(CacheControl.maxAge(settings.jwksMaxAge()))
                        .bodyValue(keys.publicSet().toJSONObject()))
                .GET(AuthorizationServerMetadata.PATH, request -> ServerResponse.ok()
                        .contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.maxAge(settings.jwksMaxAge()))
                        .bodyValue(AuthorizationServerMetadata.of(settings)))
                .build();
    }

    private static Mono<ServerResponse> token(ServerRequest request, ClientAuthentication clients,
            ClientCertificateCheck certificates, PartnerTokens tokens) {
        MediaType type = request.headers().contentType().orElse(null);
        if (type == null || !MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(type)) {
            return error(OAuthError.invalidRequest("the body must be application/x-www-form-urlencoded"));
        }
        return request.formData().flatMap(form -> {
            Optional<String> repeated = form.entrySet().stream().filter(parameter -> parameter.getValue().size() > 1)
                    .map(Map.Entry::getKey).findFirst();
            if (repeated.isPresent()) {
                // RFC 6749 section 3.2: parameters must not be included more than once
                return Mono.error(OAuthError.invalidRequest(repeated.get() + " is repeated"));
            }
            if (!"client_credentials".equals(form.getFirst("grant_type"))) {
                return Mono.error(form.getFirst("grant_type") == null
                        ? OAuthError.invalidRequest("grant_type is missing")
                        : OAuthError.unsupportedGrantType());
            }
            return clients.authenticate(request.headers().firstHeader(HttpHeaders.AUTHORIZATION), form)
                    // mutual TLS is client authentication too (RFC 8705 section 2): its failure is invalid_client
                    .flatMap(client -> certificates.require(client.partner().id(), request.exchange().getRequest()
                                    .getSslInfo())
                            .onErrorMap(GatewayException.class, refused -> OAuthError.invalidClient(refused.detail()))
                            .thenReturn(client))
                    .flatMap(client -> {
                        request.exchange().getAttributes().put(Caller.PARTNER_ID_ATTRIBUTE, client.partner().id());
                        Set<String> granted = granted(client.partner().scopes(), form.getFirst("scope"));
                        PartnerTokens.Issued issued = tokens.issue(client.partner().id(), client.clientId(),
                                kind(client.partner()), granted,
                                CertificateBinding.thumbprint(request.exchange().getRequest().getSslInfo()));
                        Map<String, Object> body = new LinkedHashMap<>();
                        body.put("access_token", issued.token());
                        body.put("token_type", "Bearer");
                        body.put("expires_in", issued.expiresInSeconds());
                        body.put("scope", String.join(" ", new TreeSet<>(granted)));
                        return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                                .cacheControl(CacheControl.noStore()).bodyValue(body);
                    });
        }).onErrorResume(OAuthError.class, OAuthHandlers::error);
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
