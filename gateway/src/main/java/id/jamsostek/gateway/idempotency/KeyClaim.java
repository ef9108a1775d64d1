package id.jamsostek.gateway.idempotency;

import java.time.Instant;
import java.util.HexFormat;

/** A request's claim of a key in a scope, for the partner that sent it; held until {@code expiresAt}. */
public record KeyClaim(String partner, String scope, String key, byte[] fingerprint, Instant expiresAt) {

    /** The same for two claims of one key, whatever they carry. */
    public String id() {
        return partner + '\u0000' + scope + '\u0000' + key;
    }

    /** The fingerprint as the rows of {@link IdempotencyStore#claimsOf} carry it: hex text. */
    public String fingerprintHex() {
        return HexFormat.of().formatHex(fingerprint);
    }
}
