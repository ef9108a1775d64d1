package id.jamsostek.gateway.idempotency;

import id.jamsostek.gateway.body.CachedBody;
import id.jamsostek.gateway.caller.Caller;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.gateway.snap.BankCaller;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reactivestreams.Publisher;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Claims the request's key before the handler runs and records the answer after it, so that the same key is
 * processed once on however many instances. Two kinds of key, one store:
 * <ul>
 * <li>SNAP X-EXTERNAL-ID: unique per partner and Jakarta day (the scope carries the day); reuse is refused.</li>
 * <li>the Idempotency-Key header of the partner REST APIs (draft-ietf-httpapi-idempotency-key-header): missing 400,
 * the same key with another body 422, while the first is in flight 409, once it completed its answer again with
 * {@code Idempotent-Replayed: true}.</li>
 * </ul>
 * A request that ends without a definite answer (5xx, timeout, a refusal raised before any effect) gives its key back.
 */
@Component
public class IdempotencyGatewayFilterFactory
        extends AbstractGatewayFilterFactory<IdempotencyGatewayFilterFactory.Config> {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 64;

    private final IdempotencyStore store;
    private final ExternalIdClaims externalIds;
    private final IdempotencySettings settings;
    private final IdempotencyMetrics metrics;
    private final JsonMapper json;
    private final Clock clock;

    public IdempotencyGatewayFilterFactory(IdempotencyStore store, ExternalIdClaims externalIds,
            IdempotencySettings settings, IdempotencyMetrics metrics, JsonMapper json, Clock clock) {
        super(Config.class);
        this.store = store;
        this.externalIds = externalIds;
        this.settings = settings;
        this.metrics = metrics;
        this.json = json;
        this.clock = clock;
    }

    /** What a request whose key was already claimed gets. */
    public enum Repeat {
        /** the reuse is refused (SNAP: 409xx00); the key is the SNAP X-EXTERNAL-ID of the day */
        REJECT,
        /** the first answer again (partner REST APIs); the key is the Idempotency-Key header */
        REPLAY
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
                return Mono.defer(() -> claimed(config, exchange, chain));
            }

            @Override
            public String toString() {
                return config.toString() + "[retention=" + settings.retention() + "]";
            }
        };
    }

    private record Key(String partner, String scope, String value) {}

    private Mono<Void> claimed(Config config, ServerWebExchange exchange, GatewayFilterChain chain) {
        Caller caller = Caller.of(exchange)
                .orElseThrow(() -> new IllegalStateException("Idempotency needs an authenticated caller"));
        byte[] fingerprint = RequestFingerprint.of(exchange, CachedBody.of(exchange));
        Mono<Claimed> claim = config.getRepeat() == Repeat.REJECT ? snapClaim(config, exchange, fingerprint)
                : headerClaim(config, exchange, caller, fingerprint);
        return claim.flatMap(claimed -> {
            Key key = claimed.key();
            if (claimed.earlier().isEmpty()) {
                return chain.filter(exchange.mutate().response(recording(exchange, key)).build())
                        .onErrorResume(error -> settle(config.getRepeat(), key, error).then(Mono.error(error)));
            }
            if (config.getRepeat() == Repeat.REJECT) {
                metrics.conflict(exchange, IdempotencyMetrics.Conflict.OTHER_REQUEST);
                return Mono.error(new GatewayException(Problem.DUPLICATE_EXTERNAL_ID));
            }
            return repeat(exchange, claimed.earlier().get(), fingerprint);
        });
    }

    /** A key and what an earlier request under it left, if one came first. */
    private record Claimed(Key key, Optional<IdempotencyRecord> earlier) {}

    private Mono<Claimed> snapClaim(Config config, ServerWebExchange exchange, byte[] fingerprint) {
        BankCaller bank = BankCaller.of(exchange)
                .orElseThrow(() -> new IllegalStateException("SNAP idempotency needs a bank caller"));
        return externalIds.claim(bank.partnerId(), config.getScope(), bank.externalId(), fingerprint)
                .map(claim -> new Claimed(new Key(bank.partnerId(), claim.scope(), bank.externalId()),
                        claim.earlier()));
    }

    private Mono<Claimed> headerClaim(Config config, ServerWebExchange exchange, Caller caller, byte[] fingerprint) {
        Key key = headerKey(config, exchange, caller);
        return store.claim(key.partner(), key.scope(), key.value(), fingerprint,
                        clock.instant().plus(settings.retention()))
                .map(earlier -> new Claimed(key, earlier));
    }

    private static Key headerKey(Config config, ServerWebExchange exchange, Caller caller) {
        String value = exchange.getRequest().getHeaders().getFirst(HEADER);
        if (value == null || value.isBlank()) {
            throw new GatewayException(Problem.IDEMPOTENCY_KEY_MISSING, HEADER);
        }
        // the draft defines the key as a structured-field string ("abc"); a bare token is accepted too
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        if (value.isEmpty() || value.length() > MAX_KEY_LENGTH || !value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new GatewayException(Problem.IDEMPOTENCY_KEY_INVALID, HEADER);
        }
        return new Key(caller.partnerId(), config.getScope(), value);
    }

    private Mono<Void> repeat(ServerWebExchange exchange, IdempotencyRecord earlier, byte[] fingerprint) {
        if (!earlier.sameRequest(fingerprint)) {
            metrics.conflict(exchange, IdempotencyMetrics.Conflict.OTHER_REQUEST);
            return Mono.error(new GatewayException(Problem.IDEMPOTENCY_KEY_REUSED, HEADER));
        }
        if (earlier.state() == IdempotencyRecord.State.IN_FLIGHT || earlier.responseBody() == null) {
            metrics.conflict(exchange, IdempotencyMetrics.Conflict.IN_FLIGHT);
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
            return Mono.error(new GatewayException(Problem.IDEMPOTENCY_KEY_IN_FLIGHT, HEADER));
        }
        metrics.replayed(exchange);
        ServerHttpResponse response = exchange.getResponse();
        // the contract replays a 201 or 202 as 200: the resource exists already; its Location is kept
        int status = earlier.responseStatus();
        response.setRawStatusCode(status == 201 || status == 202 ? 200 : status);
        if (earlier.responseHeaders() != null) {
            json.readValue(earlier.responseHeaders(), Map.class).forEach((name, value) ->
                    response.getHeaders().set(name.toString(), value.toString()));
        }
        response.getHeaders().set(REPLAYED, "true");
        return response.writeWith(Mono.just(response.bufferFactory().wrap(earlier.responseBody())));
    }

    /**
     * A definite refusal of a SNAP request uses up its X-EXTERNAL-ID; anything else leaves the key free (a REST
     * request refused before it had any effect may be sent again with its key).
     */
    private Mono<Void> settle(Repeat repeat, Key key, Throwable error) {
        if (repeat == Repeat.REJECT && error instanceof GatewayException known && known.problem().status() < 500) {
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
                            : store.complete(key.partner(), key.scope(), key.value(), code, bytes,
                                    replayHeaders(getHeaders()));
                    return record.then(super.writeWith(Mono.just(bufferFactory().wrap(bytes))));
                });
            }
        };
    }

    private String replayHeaders(HttpHeaders headers) {
        Map<String, String> kept = new LinkedHashMap<>();
        MediaType type = headers.getContentType();
        if (type != null) {
            kept.put(HttpHeaders.CONTENT_TYPE, type.toString());
        }
        if (headers.getLocation() != null) {
            kept.put(HttpHeaders.LOCATION, headers.getLocation().toString());
        }
        return json.writeValueAsString(kept);
    }
}
