package id.jamsostek.gateway.partner.credentials;

import id.jamsostek.gateway.secrets.SecretCipher;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Client secrets the gateway issues, sealing for the database, off the event loop: SecureRandom (a new secret, a
 * seal's nonce) may read a device. OAuth client secrets are hashed and verified on threads of their own, a few at
 * once and a bounded queue: PBKDF2 is slow on purpose, and a flood of token requests must not take every core.
 */
@Component
public class PartnerSecrets implements DisposableBean {

    private static final int SECRET_BYTES = 32;

    private final SecretCipher cipher;
    private final SecureRandom random = new SecureRandom();
    private final int hashIterations;
    private final Scheduler hashing;

    public PartnerSecrets(SecretCipher cipher, SecretHashSettings settings) {
        this.cipher = cipher;
        this.hashIterations = settings.secretHashIterations();
        this.hashing = Schedulers.newBoundedElastic(settings.secretHashesAtOnce(), settings.secretHashQueue(),
                "secret-hash");
    }

    /** A new OAuth client secret's hash, with the configured work factor. */
    public Mono<SecretHash> hash(byte[] secret) {
        return Mono.fromCallable(() -> SecretHash.of(secret, hashIterations)).subscribeOn(hashing);
    }

    /**
     * Whether {@code presented} is the current secret or, within the overlap, the previous one. Refused with a
     * {@link java.util.concurrent.RejectedExecutionException} when too many hashes wait already.
     */
    public Mono<Boolean> verifies(Rotation<SecretHash> secrets, Instant now, byte[] presented) {
        return Mono.fromCallable(() -> secrets.anyVerifies(now, hash -> hash.verifies(presented))).subscribeOn(hashing);
    }

    /** Whether {@code presented} is the secret {@code stored} hashes; off the event loop, as every hash. */
    public Mono<Boolean> verifies(SecretHash stored, byte[] presented) {
        return Mono.fromCallable(() -> stored.verifies(presented)).subscribeOn(hashing);
    }

    /** Whether {@code sealed} holds {@code secret}; one that no longer opens (its key is gone) does not. */
    public Mono<Boolean> sealedIs(String sealingId, SecretCipher.Sealed sealed, byte[] secret) {
        return offLoop(() -> {
            try {
                return MessageDigest.isEqual(secret, cipher.open(sealingId, sealed));
            } catch (IllegalStateException unopenable) {
                return false;
            }
        });
    }

    @Override
    public void destroy() {
        hashing.dispose();
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
    public Mono<SecretCipher.Sealed> seal(String sealingId, byte[] secret) {
        return offLoop(() -> cipher.seal(sealingId, secret));
    }

    /** Opened with the key it names, then sealed with the current one. */
    public Mono<SecretCipher.Sealed> reseal(String sealingId, SecretCipher.Sealed sealed) {
        return offLoop(() -> cipher.seal(sealingId, cipher.open(sealingId, sealed)));
    }

    private static <T> Mono<T> offLoop(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }
}
