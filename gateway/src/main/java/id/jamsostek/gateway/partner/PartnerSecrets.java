package id.jamsostek.gateway.partner;

import id.jamsostek.gateway.secrets.SecretCipher;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Client secrets the gateway issues, and sealing for the database, off the event loop: SecureRandom (a new secret,
 * a seal's nonce) may read a device.
 */
@Component
public class PartnerSecrets {

    private static final int SECRET_BYTES = 32;

    private final SecretCipher cipher;
    private final SecureRandom random = new SecureRandom();

    public PartnerSecrets(SecretCipher cipher) {
        this.cipher = cipher;
    }

    /** A new client secret: 32 random bytes, base64url (43 characters). */
    public Mono<String> issue() {
        return offLoop(() -> {
            byte[] bytes = new byte[SECRET_BYTES];
            random.nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        });
    }

    /** Sealed with the current key-encryption key. */
    Mono<SecretCipher.Sealed> seal(String sealingId, byte[] secret) {
        return offLoop(() -> cipher.seal(sealingId, secret));
    }

    /** Opened with the key it names, then sealed with the current one. */
    Mono<SecretCipher.Sealed> reseal(String sealingId, SecretCipher.Sealed sealed) {
        return offLoop(() -> cipher.seal(sealingId, cipher.open(sealingId, sealed)));
    }

    private static <T> Mono<T> offLoop(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }
}
