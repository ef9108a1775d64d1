package id.jamsostek.snap;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import javax.crypto.Mac;

/**
 * One digest, MAC and signature engine per thread.
 *
 * <p>{@code getInstance} walks the provider list on every call, which shows up at thousands of requests
 * per second on a few event-loop threads. The engines are not thread-safe, so each thread keeps its own;
 * callers must (re)initialise them on every use, which also clears any state a failed call left behind.
 */
final class CryptoInstances {

    private static final ThreadLocal<MessageDigest> SHA_256 =
            ThreadLocal.withInitial(() -> lookup(() -> MessageDigest.getInstance("SHA-256")));
    private static final ThreadLocal<Mac> HMAC_SHA_512 =
            ThreadLocal.withInitial(() -> lookup(() -> Mac.getInstance("HmacSHA512")));
    private static final ThreadLocal<Signature> SHA_256_WITH_RSA =
            ThreadLocal.withInitial(() -> lookup(() -> Signature.getInstance("SHA256withRSA")));

    private CryptoInstances() {
    }

    static MessageDigest sha256() {
        return SHA_256.get();
    }

    static Mac hmacSha512() {
        return HMAC_SHA_512.get();
    }

    static Signature sha256WithRsa() {
        return SHA_256_WITH_RSA.get();
    }

    private static <T> T lookup(Lookup<T> lookup) {
        try {
            return lookup.get();
        } catch (GeneralSecurityException e) {
            // Every JDK must ship these algorithms; reaching here means a broken runtime.
            throw new IllegalStateException("JDK lacks a required algorithm", e);
        }
    }

    @FunctionalInterface
    private interface Lookup<T> {
        T get() throws GeneralSecurityException;
    }
}
