package id.jamsostek.gateway.partner;

import id.jamsostek.gateway.partner.credentials.ClientSecret;
import id.jamsostek.gateway.partner.credentials.Rotation;
import id.jamsostek.gateway.secrets.SecretCipher;
import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;

/**
 * Opens the secrets of a partner row: {@code client_secret_ciphertext} / {@code kek_id} and, after a rotation,
 * {@code previous_secret_ciphertext} / {@code previous_kek_id} / {@code previous_secret_expires_at}.
 */
final class SealedSecrets {

    private SealedSecrets() {}

    /** Null when the row has no current secret. */
    static Rotation<ClientSecret> open(SecretCipher cipher, String sealingId, Readable row) {
        byte[] current = row.get("client_secret_ciphertext", byte[].class);
        if (current == null) {
            return null;
        }
        byte[] previous = row.get("previous_secret_ciphertext", byte[].class);
        return new Rotation<>(
                secret(cipher, sealingId, row.get("kek_id", String.class), current),
                previous == null ? null : secret(cipher, sealingId, row.get("previous_kek_id", String.class), previous),
                previous == null ? null : row.get("previous_secret_expires_at", OffsetDateTime.class).toInstant());
    }

    private static ClientSecret secret(SecretCipher cipher, String sealingId, String kekId, byte[] ciphertext) {
        return new ClientSecret(cipher.open(sealingId, new SecretCipher.Sealed(kekId, ciphertext)));
    }
}
