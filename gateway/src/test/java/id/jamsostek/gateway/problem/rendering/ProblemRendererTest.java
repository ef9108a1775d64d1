package id.jamsostek.gateway.problem.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.adapters.core.CoreUnavailable;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpResponse;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ResponseStatusException;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProblemRendererTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** 09:15:00 in Jakarta. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-10T02:15:00Z"), ZoneOffset.UTC);

    private final ProblemRenderer renderer = new ProblemRenderer(JSON, CLOCK, new OutageLog(CLOCK, java.time.Duration.ZERO));

    @Test
    void rendersAProblemAsRfc9457DetailsOnAPlainRoute() {
        MockServerWebExchange exchange = plainExchange("/api/v1/participants");

        render(exchange, new GatewayException(Problem.INVALID_FIELD_FORMAT, "nik"));

        MockServerHttpResponse response = exchange.getResponse();
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode body = body(exchange);
        assertThat(body.get("type").asString()).isEqualTo("https://api.jamsostek.example/problems/invalid-field-format");
        assertThat(body.get("title").asString()).isEqualTo("Invalid field format");
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.get("detail").asString()).isEqualTo("nik");
        assertThat(body.get("instance").asString()).isEqualTo("/api/v1/participants");
        assertThat(body.has("responseCode")).isFalse();
        assertThat(response.getHeaders().getFirst("X-TIMESTAMP")).isNull();
    }

    @Test
    void leavesOutTheDetailWhenThereIsNone() {
        MockServerWebExchange exchange = plainExchange("/api/v1/x");

        render(exchange, new GatewayException(Problem.TOO_MANY_REQUESTS));

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(body(exchange).has("detail")).isFalse();
    }

    @Test
    void declaresTheExactLengthOfTheBody() {
        MockServerWebExchange exchange = plainExchange("/api/v1/x");

        render(exchange, new GatewayException(Problem.NOT_FOUND));

        String text = exchange.getResponse().getBodyAsString().block();
        assertThat(exchange.getResponse().getHeaders().getContentLength())
                .isEqualTo(text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }

    @Test
    void rendersTheSnapFormOnASnapRoute() {
        MockServerWebExchange exchange = snapExchange("VA_INQUIRY");

        render(exchange, new GatewayException(Problem.BILL_NOT_FOUND));

        MockServerHttpResponse response = exchange.getResponse();
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(response.getHeaders().getFirst("X-TIMESTAMP")).isEqualTo("2026-11-10T09:15:00+07:00");
        assertThat(response.getBodyAsString().block())
                .isEqualTo("{\"responseCode\":\"4042412\",\"responseMessage\":\"Invalid Bill/Virtual Account\"}");
    }

    @Test
    void usesTheServiceCodeOfTheRouteAndTheDetailInTheSnapMessage() {
        MockServerWebExchange exchange = snapExchange("VA_PAYMENT");

        render(exchange, new GatewayException(Problem.INVALID_FIELD_FORMAT, "paidAmount.value"));

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode body = body(exchange);
        assertThat(body.get("responseCode").asString()).isEqualTo("4002501");
        assertThat(body.get("responseMessage").asString()).isEqualTo("Invalid Field Format paidAmount.value");
        assertThat(body.propertyNames()).containsExactly("responseCode", "responseMessage");
    }

    @Test
    void usesTheSnapStatusRatherThanTheRestStatusOnASnapRoute() {
        MockServerWebExchange exchange = snapExchange("VA_PAYMENT");

        render(exchange, new GatewayException(Problem.INVALID_AMOUNT));

        assertThat(Problem.INVALID_AMOUNT.status()).isEqualTo(422);
        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(body(exchange).get("responseCode").asString()).isEqualTo("4042513");
    }

    @Test
    void rendersAnUnexpectedErrorAs500WithoutItsClassOrMessage() {
        MockServerWebExchange exchange = plainExchange("/api/v1/x");

        render(exchange, new IllegalStateException("pool exhausted for nik 3603014903880006"));

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        String text = exchange.getResponse().getBodyAsString().block();
        assertThat(text).doesNotContain("IllegalStateException", "pool exhausted", "3603014903880006",
                "java.", "at id.");
        JsonNode body = JSON.readTree(text);
        assertThat(body.get("type").asString()).endsWith("/internal-error");
        assertThat(body.get("detail").asString()).matches("error id [0-9a-f]+");
    }

    @Test
    void rendersAnUnexpectedErrorOnASnapRouteAsGeneralError() {
        MockServerWebExchange exchange = snapExchange("VA_INQUIRY");

        render(exchange, new NullPointerException("customerNo was null"));

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        String text = exchange.getResponse().getBodyAsString().block();
        assertThat(text).doesNotContain("NullPointerException", "customerNo was null");
        assertThat(JSON.readTree(text).get("responseCode").asString()).isEqualTo("5002400");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "NOT_FOUND, NOT_FOUND",
        "METHOD_NOT_ALLOWED, METHOD_NOT_ALLOWED",
        "UNSUPPORTED_MEDIA_TYPE, UNSUPPORTED_MEDIA_TYPE",
        "CONTENT_TOO_LARGE, PAYLOAD_TOO_LARGE",
        "GATEWAY_TIMEOUT, TIMEOUT",
        "BAD_REQUEST, BAD_REQUEST",
        "CONFLICT, BAD_REQUEST",
        "SERVICE_UNAVAILABLE, INTERNAL_ERROR"
    })
    void mapsAResponseStatusExceptionOntoTheCatalogue(HttpStatus status, Problem expected) {
        MockServerWebExchange exchange = plainExchange("/nowhere");

        render(exchange, new ResponseStatusException(status));

        assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(expected.status());
        assertThat(body(exchange).get("type").asString()).isEqualTo(expected.type().toString());
    }

    @Test
    void rendersABufferLimitAsPayloadTooLarge() {
        MockServerWebExchange exchange = plainExchange("/api/v1/x");

        render(exchange, new DataBufferLimitException("Exceeded limit on max bytes to buffer : 65536"));

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(body(exchange).get("type").asString()).endsWith("/payload-too-large");
    }

    @Test
    void rendersACoreTimeoutAsTimeout() {
        MockServerWebExchange plain = plainExchange("/api/v1/x");
        MockServerWebExchange snap = snapExchange("VA_INQUIRY");
        CoreUnavailable timeout = new CoreUnavailable("bills", CoreUnavailable.Reason.TIMEOUT, new TimeoutException());

        render(plain, timeout);
        render(snap, timeout);

        assertThat(plain.getResponse().getStatusCode()).isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
        assertThat(body(plain).get("type").asString()).endsWith("/timeout");
        assertThat(snap.getResponse().getStatusCode()).isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
        assertThat(body(snap).get("responseCode").asString()).isEqualTo("5042400");
        assertThat(body(snap).get("responseMessage").asString()).isEqualTo("Timeout");
    }

    @ParameterizedTest
    @EnumSource(value = CoreUnavailable.Reason.class, names = "TIMEOUT", mode = EnumSource.Mode.EXCLUDE)
    void rendersOtherCoreFailuresAsCoreUnavailable(CoreUnavailable.Reason reason) {
        MockServerWebExchange plain = plainExchange("/api/v1/x");
        MockServerWebExchange snap = snapExchange("VA_INQUIRY");
        CoreUnavailable unavailable = new CoreUnavailable("bills", reason, null);

        render(plain, unavailable);
        render(snap, unavailable);

        assertThat(plain.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(body(plain).get("type").asString()).endsWith("/core-unavailable");
        assertThat(body(plain).toString()).doesNotContain("bills", reason.name());
        assertThat(snap.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(body(snap).get("responseCode").asString()).isEqualTo("5002400");
    }

    @Test
    void rendersADatabaseRefusingConnectionsAsUnavailableWithRetryAfterAndWithoutItsMessage() {
        MockServerWebExchange plain = plainExchange("/api/v1/x");
        MockServerWebExchange snap = snapExchange("VA_PAYMENT");
        Throwable refused = new DataAccessResourceFailureException(
                "Failed to obtain R2DBC Connection", new R2dbcNonTransientResourceException(
                        "database \"secret_db\" is not currently accepting connections"));

        render(plain, refused);
        render(snap, refused);

        assertThat(plain.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(plain.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(body(plain).get("type").asString()).endsWith("/unavailable");
        assertThat(body(plain).toString()).doesNotContain("secret_db");
        assertThat(snap.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(snap.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(body(snap).get("responseCode").asString()).isEqualTo("5002500");
        assertThat(body(snap).get("responseMessage").asString()).startsWith("General Error");
    }

    @Test
    void rendersAStatementErrorThatIsNotAboutConnectionsAsAnInternalError() {
        MockServerWebExchange plain = plainExchange("/api/v1/x");

        render(plain, new DataIntegrityViolationException("duplicate key"));

        assertThat(plain.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(plain.getResponse().getHeaders().getFirst("Retry-After")).isNull();
    }

    @Test
    void leavesACommittedResponseAloneAndPropagatesTheError() {
        MockServerWebExchange exchange = plainExchange("/api/v1/x");
        exchange.getResponse().setStatusCode(HttpStatus.OK);
        StepVerifier.create(exchange.getResponse().setComplete()).verifyComplete();
        GatewayException error = new GatewayException(Problem.TIMEOUT);

        StepVerifier.create(renderer.handle(exchange, error))
                .expectErrorSatisfies(propagated -> assertThat(propagated).isSameAs(error))
                .verify();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isNull();
    }

    @Test
    void rendersRfc9457OnARouteWithoutSnapMetadata() {
        Route route = Route.async().id("r").uri("forward:/x").predicate(e -> true).build();
        MockServerWebExchange exchange = plainExchange("/api/v1/x");
        exchange.getAttributes().put(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR, route);

        render(exchange, new GatewayException(Problem.BILL_NOT_FOUND));

        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(body(exchange).get("status").asInt()).isEqualTo(404);
    }

    private void render(MockServerWebExchange exchange, Throwable error) {
        StepVerifier.create(renderer.handle(exchange, error)).verifyComplete();
    }

    private static JsonNode body(MockServerWebExchange exchange) {
        return JSON.readTree(exchange.getResponse().getBodyAsString().block());
    }

    private static MockServerWebExchange plainExchange(String path) {
        return MockServerWebExchange.from(MockServerHttpRequest.post(path));
    }

    private static MockServerWebExchange snapExchange(String service) {
        Route route = Route.async().id("r").uri("forward:/x").predicate(e -> true)
                .metadata("snap-service", service).build();
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.post("/v1.0/transfer-va/inquiry"));
        exchange.getAttributes().put(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR, route);
        return exchange;
    }
}
