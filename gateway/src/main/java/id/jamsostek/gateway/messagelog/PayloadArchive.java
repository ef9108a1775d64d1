package id.jamsostek.gateway.messagelog;

import id.jamsostek.gateway.secrets.ArchiveKeys;
import id.jamsostek.gateway.secrets.SecretCipher;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps what an exchange carried, for disputes: the request (arrival time, method, path with query, headers less
 * credentials, body) and the response (status, headers, body), each a JSON document sealed with AES-256-GCM under
 * the archive key ring, bound to its entry's place (instance, month, seq, part) as associated data, so a payload
 * moved onto another entry, or swapped between request and response, does not open.
 */
@org.springframework.stereotype.Component
public final class PayloadArchive {

    static final String REQUEST = "request";
    static final String RESPONSE = "response";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SecretCipher cipher;

    public PayloadArchive(ArchiveKeys keys) {
        this.cipher = new SecretCipher(keys.ring(), "the message archive key");
    }

    /**
     * @param clientAddress the connection's peer address (a proxy's, behind one: its forwarding headers are among
     *                      {@code headers})
     * @param declaredSize  the request's Content-Length; null when it declared none
     * @param readSize      how many body bytes the gateway read (their SHA-256 is the entry's request digest)
     * @param body          null when not archived ({@code bodyOmitted} says why)
     * @param bodyOmitted   why the body is not archived: "credentials" (a token route), "unauthenticated"; null
     *                      when it is
     * @param redacted      the JSON pointers of the body's values replaced before sealing; empty or null when none
     */
    public record ArchivedRequest(String receivedAt, String method, String target, String clientAddress,
            Map<String, List<String>> headers, Long declaredSize, long readSize, byte[] body, String bodyOmitted,
            List<String> redacted) {}

    /** @param body, bodyOmitted, redacted as in {@link ArchivedRequest} */
    public record ArchivedResponse(int status, Map<String, List<String>> headers, byte[] body, String bodyOmitted,
            List<String> redacted) {}

    /** The stored form: the key both parts are sealed with and the two ciphertexts (nonce first). */
    public record Sealed(String keyId, byte[] request, byte[] response) {}

    static byte[] document(Object part) {
        return JSON.writeValueAsBytes(part);
    }

    Sealed seal(ChainEntry entry, Captured exchange) {
        SecretCipher.Sealed sealedRequest = cipher.seal(binding(entry, REQUEST), exchange.archivedRequest());
        SecretCipher.Sealed sealedResponse = cipher.seal(binding(entry, RESPONSE), exchange.archivedResponse());
        return new Sealed(sealedRequest.keyId(), sealedRequest.ciphertext(), sealedResponse.ciphertext());
    }

    /** Throws IllegalStateException when a part does not open (altered, moved, or its key is not configured). */
    public ArchivedRequest openRequest(ChainEntry entry, Sealed sealed) {
        return JSON.readValue(cipher.open(binding(entry, REQUEST), new SecretCipher.Sealed(sealed.keyId(),
                sealed.request())), ArchivedRequest.class);
    }

    public ArchivedResponse openResponse(ChainEntry entry, Sealed sealed) {
        return JSON.readValue(cipher.open(binding(entry, RESPONSE), new SecretCipher.Sealed(sealed.keyId(),
                sealed.response())), ArchivedResponse.class);
    }

    private static byte[] binding(ChainEntry entry, String part) {
        return ChainEntry.payloadBinding(entry.instance(), entry.month(), entry.seq(), part);
    }
}
