package id.jamsostek.gateway.idempotency;

import id.jamsostek.gateway.body.CachedBody;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.gateway.snap.BankCaller;
import id.jamsostek.snap.SnapSignatures;
import id.jamsostek.snap.SnapTimestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.reactivestreams.Publisher;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Claims the request's key before the handler runs and records the answer after it, so that the same key is
 * processed once on however many instances. SNAP X-EXTERNAL-IDs are unique per partner and Jakarta day: the
 * scope carries the day. A request that ends without a definite answer (5xx, timeout) gives its key back.
 */
@Component
public class IdempotencyGatewayFilterFactory
        extends AbstractGatewayFilterFactory<IdempotencyGatewayFilterFactory.Config> {

    private final IdempotencyStore store;
    private final IdempotencySettings settings;
    private final Clock clock;

    public IdempotencyGatewayFilterFactory(IdempotencyStore store, IdempotencySettings settings, Clock clock) {
        super(Config.class);
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    /** What a request whose key was already claimed gets. */
    public enum Repeat {
        /** the reuse is refused (SNAP inquiry: 409xx00) */
        REJECT
    }

    public static class Config {
        /** Names the operation; keys of different scopes never collide. */
        private String scope;
        private Repeat repeat = Repeat.REJECT;

        public String getScope() {
            return scope;
        }

        public void setScope(String scope) {
            this.scope = scope;
        }

        public Repeat getRepeat() {
            return repeat;
        }

        public void setRepeat(Repeat repeat) {
            this.repeat = repeat;
        }

        @Override
        public String toString() {
            return "Idempotency[scope=" + scope + ", repeat=" + repeat + "]";
        }
    }

    @Override
    public List<String> shortcutFieldOrder() {
        return List.of("scope", "repeat");
    }

    @Override
    public GatewayFilter apply(Config config) {
        return new GatewayFilter() {
            @Override
            public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
                return claimed(config, exchange, chain);
            }

            @Override
            public String toString() {
                return config.toString() + "[retention=" + settings.retention() + "]";
            }
        };
    }

    private Mono<Void> claimed(Config config, ServerWebExchange exchange, GatewayFilterChain chain) {
        BankCaller caller = BankCaller.of(exchange)
                .orElseThrow(() -> new IllegalStateException("Idempotency needs an authenticated caller"));
        LocalDate jakartaDay = LocalDate.now(clock.withZone(SnapTimestamp.JAKARTA));
        Key key = new Key(caller.partner().id(), config.getScope() + ":" + jakartaDay, caller.externalId());
        byte[] fingerprint = HexFormat.of().parseHex(SnapSignatures.bodyDigestHex(CachedBody.of(exchange)));
        return store.claim(key.partner(), key.scope(), key.value(), fingerprint,
                        clock.instant().plus(settings.retention()))
                .flatMap(existing -> {
                    if (existing.isPresent()) {
                        return Mono.error(new GatewayException(Problem.DUPLICATE_EXTERNAL_ID));
                    }
                    return chain.filter(exchange.mutate().response(recording(exchange, key)).build())
                            .onErrorResume(error -> settle(key, error).then(Mono.error(error)));
                });
    }

    private record Key(String partner, String scope, String value) {}

    /** A definite refusal is the answer to that key; anything else leaves the outcome open and the key free. */
    private Mono<Void> settle(Key key, Throwable error) {
        if (error instanceof GatewayException known && known.problem().status() < 500) {
            return store.complete(key.partner(), key.scope(), key.value(), known.problem().status(), null);
        }
        return store.release(key.partner(), key.scope(), key.value());
    }

    private ServerHttpResponse recording(ServerWebExchange exchange, Key key) {
        return new ServerHttpResponseDecorator(exchange.getResponse()) {
            @Override
            public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
                return DataBufferUtils.join(Flux.from(body)).flatMap(joined -> {
                    byte[] bytes = new byte[joined.readableByteCount()];
                    joined.read(bytes);
                    DataBufferUtils.release(joined);
                    HttpStatusCode status = getStatusCode();
                    int code = status == null ? 200 : status.value();
                    Mono<Void> record = code >= 500
                            ? store.release(key.partner(), key.scope(), key.value())
                            : store.complete(key.partner(), key.scope(), key.value(), code, bytes);
                    return record.then(super.writeWith(Mono.just(bufferFactory().wrap(bytes))));
                });
            }
        };
    }
}
