package id.jamsostek.gateway.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

class CachedBodyGatewayFilterFactoryTest {

    private static final int CAP = 16;

    private final CachedBodyGatewayFilterFactory factory = new CachedBodyGatewayFilterFactory();
    private final GatewayFilter filter = filterWithCap(CAP);

    /** The exchange the chain was called with, or null while it was not called. */
    private final AtomicReference<ServerWebExchange> forwarded = new AtomicReference<>();
    /** Every body the chain read from the forwarded request, in order. */
    private final List<byte[]> bodiesReadByChain = new ArrayList<>();

    private final GatewayFilterChain readingChain = exchange -> {
        forwarded.set(exchange);
        return DataBufferUtils.join(exchange.getRequest().getBody())
                .map(CachedBodyGatewayFilterFactoryTest::bytesOf)
                .defaultIfEmpty(new byte[0])
                .doOnNext(bodiesReadByChain::add)
                .then();
    };

    @Test
    void keepsTheBodyBytesExactlyAsReceived() {
        byte[] received = {'{', ' ', '"', 'a', '"', ':', '1', '}', '\r', '\n', (byte) 0xFF, 0};
        MockServerWebExchange exchange = exchange(MockServerHttpRequest.post("/v1.0/x").body(flux(received)));

        StepVerifier.create(filter.filter(exchange, readingChain)).verifyComplete();

        assertThat(CachedBody.of(exchange)).containsExactly(received);
        assertThat(CachedBody.of(forwarded.get())).containsExactly(received);
    }

    @Test
    void replaysTheKeptBytesToTheRequestTheChainReceives() {
        byte[] received = "{\"customerNo\":\"1\"}".getBytes(StandardCharsets.UTF_8);
        MockServerWebExchange exchange = exchange(MockServerHttpRequest.post("/v1.0/x")
                .body(flux(slice(received, 0, 5), slice(received, 5, 11), slice(received, 11, received.length))));
        GatewayFilter roomy = filterWithCap(64);

        StepVerifier.create(roomy.filter(exchange, readingChain)).verifyComplete();

        assertThat(forwarded.get()).isNotNull();
        assertThat(bodiesReadByChain).singleElement().satisfies(body -> assertThat(body).containsExactly(received));
    }

    @Test
    void replaysTheBodyAgainToEveryLaterReader() {
        byte[] received = "abc".getBytes(StandardCharsets.UTF_8);
        MockServerWebExchange exchange = exchange(MockServerHttpRequest.post("/v1.0/x").body(flux(received)));
        GatewayFilterChain readsTwice = forwardedExchange -> readingChain.filter(forwardedExchange)
                .then(readingChain.filter(forwardedExchange));

        StepVerifier.create(filter.filter(exchange, readsTwice)).verifyComplete();

        assertThat(bodiesReadByChain).hasSize(2)
                .allSatisfy(body -> assertThat(body).containsExactly(received));
    }

    @Test
    void acceptsABodyOfExactlyTheCap() {
        byte[] received = new byte[CAP];
        MockServerWebExchange exchange = exchange(MockServerHttpRequest.post("/v1.0/x")
                .contentLength(CAP).body(flux(slice(received, 0, 10), slice(received, 10, CAP))));

        StepVerifier.create(filter.filter(exchange, readingChain)).verifyComplete();

        assertThat(CachedBody.of(exchange)).hasSize(CAP);
    }

    @Test
    void refusesADeclaredContentLengthOverTheCapBeforeReadingOrCallingTheChain() {
        AtomicBoolean bodyRead = new AtomicBoolean();
        Flux<DataBuffer> body = Flux.defer(() -> {
            bodyRead.set(true);
            return flux(new byte[1]);
        });
        MockServerWebExchange exchange = exchange(MockServerHttpRequest.post("/v1.0/x")
                .contentLength(CAP + 1).body(body));

        StepVerifier.create(filter.filter(exchange, readingChain))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(GatewayException.class,
                        problem -> assertThat(problem.problem()).isEqualTo(Problem.PAYLOAD_TOO_LARGE)))
                .verify();

        assertThat(bodyRead).as("body subscribed").isFalse();
        assertThat(forwarded.get()).as("chain called").isNull();
    }

    @Test
    void refusesAStreamedBodyThatGrowsOverTheCapWithoutContentLength() {
        MockServerWebExchange exchange = exchange(MockServerHttpRequest.post("/v1.0/x")
                .body(flux(new byte[6], new byte[6], new byte[6])));
        assertThat(exchange.getRequest().getHeaders().getContentLength()).isEqualTo(-1);

        StepVerifier.create(filter.filter(exchange, readingChain))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(GatewayException.class,
                        problem -> assertThat(problem.problem()).isEqualTo(Problem.PAYLOAD_TOO_LARGE)))
                .verify();

        assertThat(forwarded.get()).as("chain called").isNull();
    }

    @Test
    void refusesABodyLongerThanItsDeclaredContentLengthWhenItPassesTheCap() {
        MockServerWebExchange exchange = exchange(MockServerHttpRequest.post("/v1.0/x")
                .contentLength(4).body(flux(new byte[10], new byte[10])));

        StepVerifier.create(filter.filter(exchange, readingChain))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(GatewayException.class,
                        problem -> assertThat(problem.problem()).isEqualTo(Problem.PAYLOAD_TOO_LARGE)))
                .verify();

        assertThat(forwarded.get()).isNull();
    }

    @Test
    void keepsAnEmptyArrayForARequestWithoutBody() {
        MockServerWebExchange exchange = exchange(MockServerHttpRequest.post("/v1.0/x"));

        StepVerifier.create(filter.filter(exchange, readingChain)).verifyComplete();

        assertThat(CachedBody.of(exchange)).isEmpty();
        assertThat(forwarded.get()).isNotNull();
        assertThat(bodiesReadByChain).singleElement().satisfies(body -> assertThat(body).isEmpty());
    }

    @Test
    void ofRefusesAnExchangeThatNeverWentThroughTheFilter() {
        MockServerWebExchange exchange = exchange(MockServerHttpRequest.post("/v1.0/x"));

        assertThatThrownBy(() -> CachedBody.of(exchange))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CachedBody");
    }

    @Test
    void takesTheCapAsItsOnlyShortcutArgument() {
        assertThat(factory.shortcutFieldOrder()).containsExactly("maxSize");
    }

    @Test
    void defaultsToA64KilobyteCap() {
        assertThat(new CachedBodyGatewayFilterFactory.Config().getMaxSize()).isEqualTo(DataSize.ofKilobytes(64));
    }

    @Test
    void showsItsCapInToString() {
        assertThat(filter.toString()).isEqualTo("CachedBody[maxSize=" + DataSize.ofBytes(CAP) + "]")
                .contains("16");
    }

    private GatewayFilter filterWithCap(int bytes) {
        CachedBodyGatewayFilterFactory.Config config = new CachedBodyGatewayFilterFactory.Config();
        config.setMaxSize(DataSize.ofBytes(bytes));
        return factory.apply(config);
    }

    private static MockServerWebExchange exchange(MockServerHttpRequest.BaseBuilder<?> request) {
        return MockServerWebExchange.from(request);
    }

    private static MockServerWebExchange exchange(MockServerHttpRequest request) {
        return MockServerWebExchange.from(request);
    }

    private static Flux<DataBuffer> flux(byte[]... chunks) {
        return Flux.fromArray(chunks).map(chunk -> DefaultDataBufferFactory.sharedInstance.wrap(chunk.clone()));
    }

    private static byte[] slice(byte[] bytes, int from, int to) {
        return Arrays.copyOfRange(bytes, from, to);
    }

    private static byte[] bytesOf(DataBuffer buffer) {
        byte[] bytes = new byte[buffer.readableByteCount()];
        buffer.read(bytes);
        DataBufferUtils.release(buffer);
        return bytes;
    }
}
