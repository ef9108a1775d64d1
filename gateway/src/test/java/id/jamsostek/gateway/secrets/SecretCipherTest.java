package id.jamsostek.gateway.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

    private static final String OLD = key();
    private static final String NEW = key();
    private static final byte[] SECRET = "myclientsecret".getBytes(StandardCharsets.UTF_8);

    private final SecretCipher cipher = new SecretCipher(KeyRing.parse("KEK", "old:" + OLD, 32));

    @Test
    void opensWhatItSealed() {
        SecretCipher.Sealed sealed = cipher.seal("bank-a", SECRET);

        assertThat(sealed.keyId()).isEqualTo("old");
        assertThat(cipher.open("bank-a", sealed)).containsExactly(SECRET);
    }

    @Test
    void doesNotStoreTheSecretInClear() {
        SecretCipher.Sealed sealed = cipher.seal("bank-a", SECRET);

        assertThat(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain("myclientsecret");
        assertThat(sealed.ciphertext()).hasSize(12 + SECRET.length + 16);
    }

    @Test
    void sealsTheSameSecretDifferentlyEachTime() {
        SecretCipher.Sealed first = cipher.seal("bank-a", SECRET);
        SecretCipher.Sealed second = cipher.seal("bank-a", SECRET);

        assertThat(first.ciphertext()).isNotEqualTo(second.ciphertext());
        assertThat(java.util.Arrays.copyOf(first.ciphertext(), 12))
                .isNotEqualTo(java.util.Arrays.copyOf(second.ciphertext(), 12));
        assertThat(cipher.open("bank-a", second)).containsExactly(SECRET);
    }

    @Test
    void refusesToOpenASecretUnderAnotherPartnerId() {
        SecretCipher.Sealed sealed = cipher.seal("bank-a", SECRET);

        assertThatThrownBy(() -> cipher.open("bank-b", sealed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bank-b")
                .hasMessageNotContaining("myclientsecret")
                .hasMessageNotContaining(OLD);
    }

    @Test
    void refusesATamperedCiphertext() {
        SecretCipher.Sealed sealed = cipher.seal("bank-a", SECRET);
        byte[] tampered = sealed.ciphertext().clone();
        tampered[tampered.length - 1] ^= 1;

        assertThatThrownBy(() -> cipher.open("bank-a", new SecretCipher.Sealed("old", tampered)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void stillOpensASecretSealedUnderTheOldKeyAfterRotation() {
        SecretCipher.Sealed sealedBefore = cipher.seal("bank-a", SECRET);
        SecretCipher rotated = new SecretCipher(KeyRing.parse("KEK", "new:" + NEW + ",old:" + OLD, 32));

        assertThat(rotated.open("bank-a", sealedBefore)).containsExactly(SECRET);
        SecretCipher.Sealed sealedAfter = rotated.seal("bank-a", SECRET);
        assertThat(sealedAfter.keyId()).isEqualTo("new");
        assertThat(rotated.open("bank-a", sealedAfter)).containsExactly(SECRET);
    }

    @Test
    void refusesToOpenWithADifferentKeyUnderTheSameId() {
        SecretCipher.Sealed sealed = cipher.seal("bank-a", SECRET);
        SecretCipher replaced = new SecretCipher(KeyRing.parse("KEK", "old:" + NEW, 32));

        assertThatThrownBy(() -> replaced.open("bank-a", sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void namesOnlyTheIdOfAKeyThatIsNotConfigured() {
        SecretCipher.Sealed sealed = cipher.seal("bank-a", SECRET);
        SecretCipher withoutOld = new SecretCipher(KeyRing.parse("KEK", "new:" + NEW, 32));

        assertThatThrownBy(() -> withoutOld.open("bank-a", sealed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'old'")
                .hasMessageContaining("not configured")
                .hasMessageNotContaining(OLD)
                .hasMessageNotContaining(NEW)
                .hasMessageNotContaining("myclientsecret");
    }

    /**
     * KeyRing.parse takes any key of at least the minimum length, but AES takes only 16, 24 or 32 bytes: a 64-byte
     * key-encryption key (e.g. from {@code openssl rand -base64 64}) is accepted at startup and every seal then fails
     * with "cannot encrypt a partner secret". The cipher should refuse such a ring when it is built.
     */
    @Test
    void refusesAKeyEncryptionKeyThatIsNotAnAes256KeyWhenBuilt() {
        byte[] sixtyFour = new byte[64];
        new SecureRandom().nextBytes(sixtyFour);
        KeyRing ring = KeyRing.parse("KEK", "long:" + Base64.getEncoder().encodeToString(sixtyFour), 32);

        assertThatThrownBy(() -> new SecretCipher(ring)).isInstanceOf(IllegalStateException.class);
    }

    private static String key() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
