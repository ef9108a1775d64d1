package id.jamsostek.gateway.messagelog;

import id.jamsostek.gateway.body.CachedBody;
import id.jamsostek.gateway.caller.Caller;
import id.jamsostek.gateway.database.ReleaseLoop;
import id.jamsostek.gateway.problem.rendering.ProblemRenderer;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.reactivestreams.Publisher;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Records every exchange at the edge, outermost of all filters: the request bytes as the gateway read them, the
 * response as it leaves, the partner the request authenticated as and the route it took. The response is held
 * until its entry is committed. Errors are rendered here, inside the recording, by the one renderer (an error
 * handler would otherwise write them past it). Credentials are never archived: no Authorization or Cookie header,
 * no bodies on the token routes, and named fields' values replaced on the routes that carry secrets; nor is the body
 * of a request that did not authenticate ({@link ArchiveRules}).
 */
@Component
public class MessageLogFilter implements WebFilter, Ordered {

    private static final Set<String> CREDENTIAL_HEADERS = Set.of("authorization", "proxy-authorization", "cookie",
            "set-cookie");
    private static final byte[] EMPTY = new byte[0];

    private final MessageLogWriter writer;
    private final MessageLogSettings settings;
    private final ProblemRenderer renderer;
    private final Clock clock;
    private final ApplicationContext application;
    private final ArchiveRules archiving;

    public MessageLogFilter(MessageLogWriter writer, MessageLogSettings settings, ProblemRenderer renderer,
            Clock clock, ApplicationContext application) {
        this.writer = writer;
        this.settings = settings;
        this.renderer = renderer;
        this.clock = clock;
        this.application = application;
        this.archiving = new ArchiveRules(settings);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        // the management server's child context finds this filter too: its probes and scrapes are no partner's
        if (!settings.enabled() || exchange.getApplicationContext() != application) {
            return chain.filter(exchange);
        }
        RecordingRequest request = new RecordingRequest(exchange.getRequest());
        RecordingResponse response = new RecordingResponse(exchange, request, clock.instant());
        ServerWebExchange recorded = exchange.mutate().request(request).response(response).build();
        return chain.filter(recorded).onErrorResume(error -> renderer.handle(recorded, error));
    }

    /** Keeps a copy of the body bytes as whatever handles the request reads them. */
    private static final class RecordingRequest extends ServerHttpRequestDecorator {

        private final ByteArrayOutputStream read = new ByteArrayOutputStream();

        RecordingRequest(ServerHttpRequest delegate) {
            super(delegate);
        }

        @Override
        public Flux<DataBuffer> getBody() {
            return super.getBody().doOnNext(this::copy);
        }

        private void copy(DataBuffer buffer) {
            try (DataBuffer.ByteBufferIterator buffers = buffer.readableByteBuffers()) {
                while (buffers.hasNext()) {
                    ByteBuffer bytes = buffers.next();
                    byte[] copy = new byte[bytes.remaining()];
                    bytes.get(copy);
                    synchronized (read) {
                        read.writeBytes(copy);
                    }
                }
            }
        }

        byte[] bytesRead() {
            synchronized (read) {
                return read.toByteArray();
            }
        }
    }

    /** Holds the response's bytes until its entry is committed, then writes them. */
    private final class RecordingResponse extends ServerHttpResponseDecorator {

        private final ServerWebExchange exchange;
        private final RecordingRequest request;
        private final Instant receivedAt;
        private final AtomicBoolean recorded = new AtomicBoolean();

        RecordingResponse(ServerWebExchange exchange, RecordingRequest request, Instant receivedAt) {
            super(exchange.getResponse());
            this.exchange = exchange;
            this.request = request;
            this.receivedAt = receivedAt;
        }

        @Override
        public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
            return DataBufferUtils.join(Flux.from(body))
                    .map(CachedBody::drain)
                    .defaultIfEmpty(EMPTY)
                    .flatMap(bytes -> record(bytes).then(Mono.defer(() -> super.writeWith(
                            Mono.fromSupplier(() -> bufferFactory().wrap(bytes))))));
        }

        @Override
        public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
            return writeWith(Flux.from(body).concatMap(Flux::from));
        }

        @Override
        public Mono<Void> setComplete() {
            return record(EMPTY).then(Mono.defer(super::setComplete));
        }

        private Mono<Void> record(byte[] responseBody) {
            if (!recorded.compareAndSet(false, true)) {
                return Mono.empty();
            }
            ServerHttpRequest received = exchange.getRequest();
            String route = routeOf(exchange);
            String query = received.getURI().getRawQuery();
            String path = received.getURI().getRawPath();
            HttpStatusCode status = getStatusCode();
            byte[] requestBody = request.bytesRead();
            long declared = received.getHeaders().getContentLength();
            Captured captured = Captured.of(receivedAt, Caller.partnerIdOf(exchange).orElse(null), route,
                    received.getMethod().name(), path, query == null ? path : path + "?" + query,
                    status == null ? 200 : status.value(), clientAddress(received),
                    withoutCredentials(received.getHeaders()), declared < 0 ? null : declared, requestBody,
                    archiving.request(route, Caller.authenticated(exchange), requestBody),
                    withoutCredentials(getHeaders()), responseBody, archiving.response(route, responseBody));
            return Mono.deferContextual(context -> writer.append(captured, ReleaseLoop.in(context)));
        }
    }

    private static String clientAddress(ServerHttpRequest request) {
        InetSocketAddress peer = request.getRemoteAddress();
        return peer == null ? null : peer.getAddress() == null ? peer.getHostString()
                : peer.getAddress().getHostAddress();
    }

    /** The gateway route's id; else the pattern of the handler that answered; else "-" (nothing matched). */
    static String routeOf(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (route != null) {
            return route.getId();
        }
        PathPattern pattern = exchange.getAttribute(RouterFunctions.MATCHING_PATTERN_ATTRIBUTE);
        return pattern == null ? "-" : pattern.getPatternString();
    }

    static Map<String, List<String>> withoutCredentials(HttpHeaders headers) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            if (!CREDENTIAL_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                kept.put(name.toLowerCase(Locale.ROOT), List.copyOf(values));
            }
        });
        return kept;
    }
}
