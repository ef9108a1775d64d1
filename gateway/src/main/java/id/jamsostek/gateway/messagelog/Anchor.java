package id.jamsostek.gateway.messagelog;

import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * A signed statement that a chain reached {@code seq} with {@code entryHash} at {@code anchoredAt}. A chain that
 * ends before an anchor's seq lost its tail; one whose entry at that seq has another hash was rewritten.
 *
 * @param keyId the signing key's fingerprint ({@link AnchorKeys#fingerprint})
 */
public record Anchor(String instance, YearMonth month, long seq, byte[] entryHash, Instant anchoredAt, String keyId,
        byte[] signature) {

    /** The bytes the signature covers. */
    byte[] signedBytes() {
        return signedBytes(instance, month, seq, entryHash, anchoredAt, keyId);
    }

    static byte[] signedBytes(String instance, YearMonth month, long seq, byte[] entryHash, Instant anchoredAt,
            String keyId) {
        return Canonical.of("jamsostek-message-log-anchor/1").text(instance).text(month.toString()).number(seq)
                .bytes(entryHash).number(ChronoUnit.MICROS.between(Instant.EPOCH, anchoredAt)).text(keyId)
                .encoded();
    }
}
