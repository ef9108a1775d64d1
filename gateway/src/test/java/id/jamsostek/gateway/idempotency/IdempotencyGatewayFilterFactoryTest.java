package id.jamsostek.gateway.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.jamsostek.adapters.core.Deadline;
import id.jamsostek.contracts.RegionScope;
import id.jamsostek.gateway.body.CachedBody;
import id.jamsostek.gateway.caller.VillageCaller;
import id.jamsostek.gateway.idempotency.IdempotencyGatewayFilterFactory.Repeat;
import id.jamsostek.gateway.observability.MetricsSettings;
import id.jamsostek.gateway.observability.PartnerTag;
import id.jamsostek.gateway.partner.VillagePartner;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.gateway.snap.SnapSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

/** The REST form of the filter (Idempotency-Key, REPLAY) on a mock exchange, with the store's answers scripted. */
class IdempotencyGatewayFilterFactoryTest {

    private static final byte[] BODY = "{\"nik\":\"3603011407910123\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] FINGERPRINT = RequestFingerprint.of(
            MockServerWebExchange.from(MockServerHttpRequest.post("/village/v1/enrollments")), BODY);
    private static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");

    private final IdempotencyStore store = mock(IdempotencyStore.class);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final GatewayFilter filter = filter();
    private int handled;

    private GatewayFilter filter() {
        IdempotencyGatewayFilterFactory.Config config = new IdempotencyGatewayFilterFactory.Config();
        config.setScope("village-enrollments");
        config.setRepeat(Repeat.REPLAY);
        IdempotencySettings settings = new IdempotencySettings(Duration.ofHours(48), Duration.ofMinutes(10));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return new IdempotencyGatewayFilterFactory(store, new ExternalIdClaims(store, settings,
                new SnapSettings(Duration.ofMinutes(5), Duration.ofSeconds(900)), clock), settings,
                new IdempotencyMetrics(meters, new PartnerTag(new MetricsSettings(200))),
                JsonMapper.builder().build(), clock).apply(config);
    }

    private static MockServerWebExchange exchange(String key) {
        return exchange(key, "/village/v1/enrollments");
    }

    private static MockServerWebExchange exchange(String key, String path) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.post(path);
        if (key != null) {
            request.header(IdempotencyGatewayFilterFactory.HEADER, key);
        }
        MockServerWebExchange exchange = MockServerWebExchange.from(request);
        exchange.getAttributes().put(CachedBody.class.getName(), BODY);
        new VillageCaller(new VillagePartner("sid-x", "SID X", true, VillagePartner.SCOPES,
                List.of(RegionScope.of("3603"))), Deadline.in(Duration.ofSeconds(5))).keep(exchange);
        return exchange;
    }

    /** The handler: answers 201 with a body, as an enrollment does. */
    private Mono<Void> handle(ServerWebExchange exchange) {
        handled++;
        exchange.getResponse().setStatusCode(HttpStatus.CREATED);
        exchange.getResponse().getHeaders().setContentType(MediaType.APPLICATION_JSON);
        return exchange.getResponse().writeWith(Mono.just(exchange.getResponse().bufferFactory()
                .wrap("{\"kpj\":\"23000000001\"}".getBytes(StandardCharsets.UTF_8))));
    }

    private static void refusedWith(StepVerifier.FirstStep<Void> step, Problem problem) {
        step.expectErrorSatisfies(error -> assertThat(((GatewayException) error).problem()).isEqualTo(problem)).verify();
    }

    @Test
    void aNewKeyIsClaimedForThePartnerAndScopeThenTheAnswerRecorded() {
        when(store.claim(eq("sid-x"), eq("village-enrollments"), eq("k-1"), eq(FINGERPRINT), eq(NOW.plus(Duration.ofHours(48)))))
                .thenReturn(Mono.just(Optional.empty()));
        when(store.complete(eq("sid-x"), eq("village-enrollments"), eq("k-1"), eq(201), any(byte[].class), any(String.class)))
                .thenReturn(Mono.empty());
        MockServerWebExchange exchange = exchange("\"k-1\"");

        StepVerifier.create(filter.filter(exchange, this::handle)).verifyComplete();

        assertThat(handled).isEqualTo(1);
        assertThat(exchange.getResponse().getBodyAsString().block()).isEqualTo("{\"kpj\":\"23000000001\"}");
        verify(store).complete(eq("sid-x"), eq("village-enrollments"), eq("k-1"), eq(201),
                eq("{\"kpj\":\"23000000001\"}".getBytes(StandardCharsets.UTF_8)), any(String.class));
    }

    @Test
    void theSameKeyAndBodyOnceCompletedReplaysTheFirstAnswerAs200WithoutTheHandler() {
        when(store.claim(any(), any(), any(), any(), any())).thenReturn(Mono.just(Optional.of(new IdempotencyRecord(
                FINGERPRINT, IdempotencyRecord.State.COMPLETED, 201, "{\"kpj\":\"23000000001\"}".getBytes(),
                "{\"Content-Type\":\"application/json\",\"Location\":\"/village/v1/participants/23000000001\"}"))));
        MockServerWebExchange exchange = exchange("k-1");

        StepVerifier.create(filter.filter(exchange, this::handle)).verifyComplete();

        assertThat(handled).isZero();
        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(exchange.getResponse().getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(exchange.getResponse().getHeaders().getFirst("Location")).isEqualTo("/village/v1/participants/23000000001");
        assertThat(exchange.getResponse().getBodyAsString().block()).isEqualTo("{\"kpj\":\"23000000001\"}");
        assertThat(meters.get("gateway.idempotency.replays").counter().count()).isEqualTo(1.0);
    }

    @Test
    void theFingerprintTakesThePathsParametersNotThePathTheRouteForwardsTo() {
        MockServerWebExchange forwarded = MockServerWebExchange.from(
                MockServerHttpRequest.post("/internal/employer/employees"));
        MockServerWebExchange sent = MockServerWebExchange.from(
                MockServerHttpRequest.post("/employer/v1/employers/19012345/divisions/000/employees"));
        ServerWebExchangeUtils.putUriTemplateVariables(forwarded, java.util.Map.of("npp", "19012345",
                "division", "000"));
        ServerWebExchangeUtils.putUriTemplateVariables(sent, java.util.Map.of("npp", "19012345", "division", "000"));
        MockServerWebExchange otherEmployer = MockServerWebExchange.from(
                MockServerHttpRequest.post("/internal/employer/employees"));
        ServerWebExchangeUtils.putUriTemplateVariables(otherEmployer, java.util.Map.of("npp", "19012346",
                "division", "000"));

        assertThat(RequestFingerprint.of(forwarded, BODY)).isEqualTo(RequestFingerprint.of(sent, BODY))
                .isNotEqualTo(RequestFingerprint.of(otherEmployer, BODY));
    }

    @Test
    void theSameKeyAndBodySentToAnotherPathIsAnotherRequestNotAReplay() {
        when(store.claim(any(), any(), any(), any(), any())).thenReturn(Mono.just(Optional.of(new IdempotencyRecord(
                FINGERPRINT, IdempotencyRecord.State.COMPLETED, 201, "{}".getBytes(), null))));

        refusedWith(StepVerifier.create(filter.filter(exchange("k-1", "/village/v1/enrollments?division=001"),
                this::handle)), Problem.IDEMPOTENCY_KEY_REUSED);
        assertThat(handled).isZero();
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndWhileTheFirstRunsIs409WithRetryAfter() {
        when(store.claim(any(), any(), any(), any(), any())).thenReturn(Mono.just(Optional.of(new IdempotencyRecord(
                new byte[32], IdempotencyRecord.State.COMPLETED, 201, "{}".getBytes(), null))));
        refusedWith(StepVerifier.create(filter.filter(exchange("k-1"), this::handle)), Problem.IDEMPOTENCY_KEY_REUSED);

        when(store.claim(any(), any(), any(), any(), any())).thenReturn(Mono.just(Optional.of(new IdempotencyRecord(
                FINGERPRINT, IdempotencyRecord.State.IN_FLIGHT, null, null, null))));
        MockServerWebExchange inFlight = exchange("k-1");
        refusedWith(StepVerifier.create(filter.filter(inFlight, this::handle)), Problem.IDEMPOTENCY_KEY_IN_FLIGHT);
        assertThat(inFlight.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(handled).isZero();
    }

    @Test
    void aMissingOrMalformedKeyIsRefusedBeforeAnythingIsClaimed() {
        refusedWith(StepVerifier.create(filter.filter(exchange(null), this::handle)), Problem.IDEMPOTENCY_KEY_MISSING);
        for (String bad : new String[] {"\"\"", "has space", "k".repeat(65), "é"}) {
            refusedWith(StepVerifier.create(filter.filter(exchange(bad), this::handle)), Problem.IDEMPOTENCY_KEY_INVALID);
        }
        verify(store, never()).claim(any(), any(), any(), any(), any());
        assertThat(handled).isZero();
    }

    @Test
    void aRequestThatFailsGivesItsKeyBackAndRecordsNothing() {
        when(store.claim(any(), any(), any(), any(), any())).thenReturn(Mono.just(Optional.empty()));
        when(store.release("sid-x", "village-enrollments", "k-1")).thenReturn(Mono.empty());

        refusedWith(StepVerifier.create(filter.filter(exchange("k-1"),
                e -> Mono.error(new GatewayException(Problem.INSUFFICIENT_SCOPE)))), Problem.INSUFFICIENT_SCOPE);

        verify(store).release("sid-x", "village-enrollments", "k-1");
        verify(store, never()).complete(any(), any(), any(), anyInt(), any());
        verify(store, never()).complete(any(), any(), any(), anyInt(), any(), any());
    }
}
