package id.jamsostek.gateway.messagelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.jamsostek.gateway.caller.Caller;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.gateway.problem.rendering.OutageLog;
import id.jamsostek.gateway.problem.rendering.ProblemRenderer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

/** The capture on a mock exchange: what is recorded, what is left out, and that the answer waits for the commit. */
class MessageLogFilterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), ZoneOffset.UTC);

    private final GenericApplicationContext application = new GenericApplicationContext();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageLogWriter writer = mock(MessageLogWriter.class);
    private final AtomicReference<Captured> captured = new AtomicReference<>();
    private final Sinks.Empty<Void> commit = Sinks.empty();
    private final MessageLogFilter filter = new MessageLogFilter(writer, settings(true),
            new ProblemRenderer(JsonMapper.builder().build(), CLOCK, new OutageLog(CLOCK, java.time.Duration.ZERO)), CLOCK, application);

    MessageLogFilterTest() {
        when(writer.append(any(), any())).thenAnswer(call -> {
            captured.set(call.getArgument(0));
            return commit.asMono();
        });
    }

    private static MessageLogSettings settings(boolean enabled) {
        return new MessageLogSettings(enabled, "gw-1", 256, java.time.Duration.ofSeconds(2),
                java.time.Duration.ofMinutes(1), java.time.Period.ofYears(10), java.time.Duration.ofHours(1),
                java.util.Set.of("/oauth2/token"), "", "", java.util.Map.of(), "");
    }

    private MockServerWebExchange exchange() {
        return MockServerWebExchange.builder(MockServerHttpRequest
                        .post("/village/v1/enrollments?dry=1")
                        .header("Authorization", "Bearer secret-token")
                        .header("Cookie", "session=1")
                        .header("Idempotency-Key", "k-1")
                        .body("{\"nik\":\"3603010101900001\"}"))
                .applicationContext(application)
                .build();
    }

    /** Reads the body as a handler would, names the partner, answers 201 with a body. */
    private static WebFilterChain handler() {
        return exchange -> DataBufferUtils.join(exchange.getRequest().getBody()).then(Mono.defer(() -> {
            exchange.getAttributes().put(Caller.PARTNER_ID_ATTRIBUTE, "village-1");
            exchange.getResponse().setStatusCode(HttpStatus.CREATED);
            return exchange.getResponse().writeWith(Mono.just(exchange.getResponse().bufferFactory()
                    .wrap("{\"kpj\":\"1\"}".getBytes(StandardCharsets.UTF_8))));
        }));
    }

    @Test
    void recordsTheExchangeWithoutCredentialsAndHoldsTheAnswerUntilItsCommit() {
        MockServerWebExchange exchange = exchange();

        StepVerifier.create(filter.filter(exchange, handler()))
                .then(() -> assertThat(exchange.getResponse().isCommitted()).isFalse()) // nothing out before the commit
                .then(() -> commit.tryEmitEmpty())
                .verifyComplete();

        assertThat(exchange.getResponse().getBodyAsString().block()).isEqualTo("{\"kpj\":\"1\"}");
        Captured recorded = captured.get();
        assertThat(recorded.partner()).isEqualTo("village-1");
        assertThat(recorded.method()).isEqualTo("POST");
        assertThat(recorded.path()).isEqualTo("/village/v1/enrollments");
        assertThat(recorded.status()).isEqualTo(201);
        byte[] sent = "{\"nik\":\"3603010101900001\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(recorded.requestSha256()).isEqualTo(Canonical.sha256(sent));
        PayloadArchive.ArchivedRequest archived = JSON.readValue(recorded.archivedRequest(),
                PayloadArchive.ArchivedRequest.class);
        assertThat(archived.target()).isEqualTo("/village/v1/enrollments?dry=1");
        assertThat(archived.body()).isEqualTo(sent);
        assertThat(archived.headers()).containsKey("idempotency-key").doesNotContainKeys("authorization", "cookie");
    }

    @Test
    void recordsARefusalAsTheRendererWroteIt() {
        commit.tryEmitEmpty();
        MockServerWebExchange exchange = exchange();

        StepVerifier.create(filter.filter(exchange, refused -> Mono.error(new GatewayException(Problem.INVALID_TOKEN))))
                .verifyComplete();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(captured.get().status()).isEqualTo(401);
        assertThat(captured.get().partner()).isNull();
        byte[] answered = exchange.getResponse().getBodyAsString().block().getBytes(StandardCharsets.UTF_8);
        assertThat(captured.get().responseSha256()).isEqualTo(Canonical.sha256(answered));
        assertThat(JSON.readValue(captured.get().archivedResponse(), PayloadArchive.ArchivedResponse.class).body())
                .isEqualTo(answered);
        PayloadArchive.ArchivedRequest attempt = JSON.readValue(captured.get().archivedRequest(),
                PayloadArchive.ArchivedRequest.class);
        assertThat(attempt.body()).isNull(); // no partner authenticated: the attempt only
        assertThat(attempt.bodyOmitted()).isEqualTo("unauthenticated");
    }

    @Test
    void leavesTheManagementServerAndADisabledLogAlone() {
        MockServerWebExchange management = MockServerWebExchange.builder(MockServerHttpRequest.get("/actuator/health"))
                .applicationContext(new GenericApplicationContext()).build();
        StepVerifier.create(filter.filter(management, exchange -> exchange.getResponse().setComplete()))
                .verifyComplete();
        MessageLogFilter disabled = new MessageLogFilter(writer, settings(false),
                new ProblemRenderer(JsonMapper.builder().build(), CLOCK, new OutageLog(CLOCK, java.time.Duration.ZERO)), CLOCK, application);
        StepVerifier.create(disabled.filter(exchange(), handler())).verifyComplete();

        assertThat(captured.get()).isNull();
    }
}
