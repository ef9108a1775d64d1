package id.jamsostek.gateway.snap;

import org.springframework.web.server.ServerWebExchange;

/**
 * The path of a SNAP request as the client sent it.
 *
 * @param prefix        the bank's prefix before /v1.0 ("" or e.g. "/openapi")
 * @param relativePath  path and query string as received: what the transaction signature covers
 */
public record SnapRequestPath(String prefix, String relativePath) {

    private static final String ATTRIBUTE = SnapRequestPath.class.getName();

    static void keep(ServerWebExchange exchange, SnapRequestPath path) {
        exchange.getAttributes().put(ATTRIBUTE, path);
    }

    public static SnapRequestPath of(ServerWebExchange exchange) {
        SnapRequestPath path = exchange.getAttribute(ATTRIBUTE);
        if (path == null) {
            throw new IllegalStateException("not a SnapPath route");
        }
        return path;
    }
}
