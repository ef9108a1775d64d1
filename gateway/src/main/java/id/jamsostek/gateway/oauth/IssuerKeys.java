package id.jamsostek.gateway.oauth;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A trusted issuer's signing keys, from its JWKS. They are fetched again when a token names a key not among them
 * (the issuer rotated) or when they are older than {@code maxAge} (a key it withdrew stops working), but never more
 * than once per {@code minInterval}: tokens with made-up key ids cannot make the gateway hammer the issuer, they
 * are refused with the keys at hand. A fetch that fails keeps the keys there were.
 */
final class IssuerKeys {

    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(5);

    private final URI jwksUri;
    private final Duration minInterval;
    private final Duration maxAge;
    private final Clock clock;
    private final WebClient web = WebClient.create();

    private volatile Mono<JWKSet> keys = Mono.just(new JWKSet());
    private volatile Instant fetchedAt = Instant.MIN;
    private Instant lastAttempt = Instant.MIN;

    IssuerKeys(URI jwksUri, Duration minInterval, Duration maxAge, Clock clock) {
        this.jwksUri = jwksUri;
        this.minInterval = minInterval;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** The keys that may have signed {@code jwt}: the issuer's whole set, fetched again if allowed and needed. */
    Flux<JWK> candidates(SignedJWT jwt) {
        String kid = jwt.getHeader().getKeyID();
        Mono<JWKSet> current = keys;
        return current.flatMap(set -> {
            boolean known = kid == null ? !set.getKeys().isEmpty() : set.getKeyByKeyId(kid) != null;
            boolean fresh = fetchedAt.plus(maxAge).isAfter(clock.instant());
            return known && fresh ? Mono.just(set) : refetched(current);
        }).flatMapIterable(JWKSet::getKeys);
    }

    /** A new fetch when none was started within the interval, shared by everyone waiting; else the keys at hand. */
    private Mono<JWKSet> refetched(Mono<JWKSet> current) {
        synchronized (this) {
            Instant now = clock.instant();
            if (lastAttempt.plus(minInterval).isAfter(now)) {
                return keys;
            }
            lastAttempt = now;
            keys = fetch().doOnNext(fetched -> fetchedAt = now).onErrorResume(failed -> current).cache();
            return keys;
        }
    }

    private Mono<JWKSet> fetch() {
        return web.get().uri(jwksUri).retrieve().bodyToMono(String.class).timeout(FETCH_TIMEOUT)
                .handle((body, sink) -> {
                    try {
                        sink.next(JWKSet.parse(body));
                    } catch (ParseException notAKeySet) {
                        sink.error(notAKeySet);
                    }
                });
    }
}
