package id.jamsostek.gateway.oauth;

import id.jamsostek.gateway.partner.file.PartnerFileGate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
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
    RouterFunction<ServerResponse> oauthEndpoints(TokenEndpoint tokenEndpoint, SigningKeys keys,
            OAuthSettings settings, PartnerFileGate gate) {
        return RouterFunctions.route()
                .POST(TOKEN_PATH, request -> gate.hold(Mono.defer(() -> tokenEndpoint.token(request))))
                .GET(JWKS_PATH, request -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                        .cacheControl(CacheControl.maxAge(settings.jwksMaxAge()))
                        .bodyValue(keys.publicSet().toJSONObject()))
                .GET(AuthorizationServerMetadata.PATH, request -> ServerResponse.ok()
                        .contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.maxAge(settings.jwksMaxAge()))
                        .bodyValue(AuthorizationServerMetadata.of(settings)))
                .build();
    }

}
