package id.jamsostek.gateway.body;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.web.server.ServerWebExchange;

/** The request body exactly as received, kept by {@link CachedBodyGatewayFilterFactory} for signatures and hashes. */
public final class CachedBody {

    private static final String ATTRIBUTE = CachedBody.class.getName();
    private static final byte[] EMPTY = new byte[0];

    private CachedBody() {}

    static void keep(ServerWebExchange exchange, byte[] bytes) {
        exchange.getAttributes().put(ATTRIBUTE, bytes);
    }

    /** The bytes received; empty if the request had no body. Callers must not modify the array. */
    public static byte[] of(ServerWebExchange exchange) {
        byte[] bytes = exchange.getAttribute(ATTRIBUTE);
        if (bytes == null) {
            throw new IllegalStateException("route lacks the CachedBody filter");
        }
        return bytes;
    }

    /** The bytes of a buffer, which is released. */
    public static byte[] drain(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }

    static byte[] empty() {
        return EMPTY;
    }
}
