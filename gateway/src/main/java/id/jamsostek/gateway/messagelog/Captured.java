package id.jamsostek.gateway.messagelog;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An exchange as the edge saw it, before it has a place in a chain.
 *
 * @param target          the path with its query string, as received (kept in the encrypted archive only)
 * @param requestHeaders  the request's headers less those that carry credentials
 * @param archiveBodies   false on routes whose bodies carry credentials (token endpoints): their digests are
 *                        chained, their bytes are not archived
 */
public record Captured(Instant receivedAt, String partner, String route, String method, String path, String target,
        int status, Map<String, List<String>> requestHeaders, byte[] requestBody,
        Map<String, List<String>> responseHeaders, byte[] responseBody, boolean archiveBodies) {}
