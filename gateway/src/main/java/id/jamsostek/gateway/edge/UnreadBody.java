package id.jamsostek.gateway.edge;

import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * A request refused before its body was read loses its connection with the answer: the server neither reads nor
 * waits for what the client goes on sending, and a stranger's 2 MB costs a few packets.
 */
public final class UnreadBody {

    private UnreadBody() {}

    public static void closeAfterAnswer(ServerWebExchange exchange) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        if (headers.getContentLength() > 0 || headers.containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
            exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
        }
    }
}
