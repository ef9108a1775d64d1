package id.jamsostek.gateway.messagelog;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An exchange as the edge saw it, before it has a place in a chain: what its entry will say, the digests of its
 * bodies and its archive documents (not yet sealed: the seal binds them to the entry's seq). Made on the exchange's
 * own thread, so the one writer only links and seals.
 *
 * @param archivedRequest  the request's archive document ({@link PayloadArchive.ArchivedRequest} as JSON)
 * @param archivedResponse the response's archive document ({@link PayloadArchive.ArchivedResponse} as JSON)
 */
public record Captured(Instant receivedAt, String partner, String route, String method, String path, int status,
        byte[] requestSha256, byte[] responseSha256, byte[] archivedRequest, byte[] archivedResponse) {

    /**
     * @param target          the path with its query string, as received (kept in the encrypted archive only)
     * @param clientAddress   the connection's peer address; null when unknown
     * @param requestHeaders  the request's headers less those that carry credentials
     * @param declaredSize    the request's Content-Length; null when none
     * @param requestBody     the request's bytes as read: their digest is chained
     * @param archivedRequest what of them the archive keeps ({@link ArchiveRules})
     */
    public static Captured of(Instant receivedAt, String partner, String route, String method, String path,
            String target, int status, String clientAddress, Map<String, List<String>> requestHeaders,
            Long declaredSize, byte[] requestBody, ArchivedBody archivedRequest,
            Map<String, List<String>> responseHeaders, byte[] responseBody, ArchivedBody archivedResponse) {
        return new Captured(receivedAt, partner, route, method, path, status, Canonical.sha256(requestBody),
                Canonical.sha256(responseBody),
                PayloadArchive.document(new PayloadArchive.ArchivedRequest(receivedAt.toString(), method, target,
                        clientAddress, requestHeaders, declaredSize, requestBody.length, archivedRequest.bytes(),
                        archivedRequest.omitted(), archivedRequest.redacted())),
                PayloadArchive.document(new PayloadArchive.ArchivedResponse(status, responseHeaders,
                        archivedResponse.bytes(), archivedResponse.omitted(), archivedResponse.redacted())));
    }
}
