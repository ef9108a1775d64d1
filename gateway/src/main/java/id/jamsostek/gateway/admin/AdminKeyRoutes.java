package id.jamsostek.gateway.admin;

import id.jamsostek.gateway.oauth.SigningKeys;
import id.jamsostek.gateway.partner.administration.KekReseal;
import id.jamsostek.gateway.secrets.SecretCipher;
import id.jamsostek.gateway.secrets.TokenKeys;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The keys of this instance, by id only (never key material), and the re-seal that moves every stored partner secret
 * onto the current key-encryption key (docs/operations/partners-and-keys.md).
 */
@Configuration(proxyBeanMethods = false)
public class AdminKeyRoutes {

    @Bean
    RouterFunction<ServerResponse> keysApi(SecretCipher cipher, TokenKeys tokenKeys, SigningKeys signingKeys,
            KekReseal reseal, AdminOperator admin) {
        return RouterFunctions.route()
                .path("/admin/v1/keys", api -> api
                        .GET("", request -> reseal.stored().flatMap(stored -> {
                            Map<String, Object> keys = new LinkedHashMap<>();
                            keys.put("kek", Map.of("configured", cipher.keyIds(), "current", cipher.currentKeyId(),
                                    "stored", stored));
                            keys.put("tokenKeys", Map.of("configured", tokenKeys.ring().ids(),
                                    "current", tokenKeys.ring().currentId()));
                            keys.put("oauthSigningKeys", Map.of("configured", signingKeys.ids(),
                                    "current", signingKeys.current().getKeyID()));
                            return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(keys);
                        }))
                        .POST("/kek/reseal", request -> {
                            String operator = AdminRoutes.operator(request);
                            return reseal.reseal(operator).flatMap(result -> ServerResponse.ok()
                                    .contentType(MediaType.APPLICATION_JSON).bodyValue(result));
                        }))
                .filter(admin)
                .build();
    }
}
