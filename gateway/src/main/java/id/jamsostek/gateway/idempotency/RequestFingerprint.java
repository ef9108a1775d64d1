package id.jamsostek.gateway.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.TreeMap;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.web.server.ServerWebExchange;

/**
 * What makes two requests under one key the same request: the method, the path's parameters (the NPP and division
 * the route matched), the query and the body bytes as received, hashed with SHA-256. The same key and body sent for
 * another NPP or division is another request (422), not a replay of the first. (The path itself is no witness: a
 * route's forward has replaced it by the time its filters run.)
 */
final class RequestFingerprint {

    private RequestFingerprint() {}

    static byte[] of(ServerWebExchange exchange, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            String query = exchange.getRequest().getURI().getRawQuery();
            String target = exchange.getRequest().getMethod().name() + " "
                    + new TreeMap<>(ServerWebExchangeUtils.getUriTemplateVariables(exchange))
                    + (query == null ? "" : "?" + query) + "\n";
            sha256.update(target.getBytes(StandardCharsets.UTF_8));
            return sha256.digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
