package id.jamsostek.gateway.idempotency;

/**
 * What was recorded under a key: the request's fingerprint and, once completed, the answer given.
 *
 * @param responseStatus HTTP status of the recorded answer; null while in flight
 * @param responseBody   the answer's bytes; null while in flight or when the answer was an error
 * @param responseHeaders the answer's Content-Type and Location as JSON, for a replay
 */
public record IdempotencyRecord(byte[] fingerprint, State state, Integer responseStatus, byte[] responseBody,
        String responseHeaders) {

    public enum State { IN_FLIGHT, COMPLETED }

    public boolean sameRequest(byte[] candidate) {
        return java.security.MessageDigest.isEqual(fingerprint, candidate);
    }
}
