package id.jamsostek.gateway.observability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.CoreFixtures;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.Poll;
import id.jamsostek.gateway.support.TestBank;
import id.jamsostek.gateway.support.TestVillage;
import id.jamsostek.gateway.support.VillageClient;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** Metrics per route and partner, the trace carried from the partner to the core, health and readiness. */
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityIT extends GatewayIntegrationTest {

    private static final String ENROLLMENTS = "/village/v1/enrollments";
    private static final String OFFICIAL = VillageClient.example(
            "EnrollmentRequest/valid/village-official-village-budget.json");
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-0[01]");


    private VillageClient saga;

    @BeforeEach
    void reset() {
        core.resetAll();
        saga = new VillageClient(web, TestVillage.SAGA);
        core.stubFor(post(urlPathEqualTo("/core/v1/enrollments")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(CoreFixtures.example("EnrollmentResult/valid/village-official.json"))));
    }

    @Test
    void continuesThePartnersTraceToTheCoreAndAnswersItsId() {
        String traceparent = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";

        enroll(traceparent).expectStatus().isCreated().expectHeader().valueEquals("X-Trace-Id", TRACE_ID);

        String sent = core.findAll(postRequestedFor(urlPathEqualTo("/core/v1/enrollments")))
                .getFirst().getHeader("traceparent");
        var parts = TRACEPARENT.matcher(sent);
        assertThat(parts.matches()).as(sent).isTrue();
        assertThat(parts.group(1)).isEqualTo(TRACE_ID);
        assertThat(parts.group(2)).as("the gateway's own span is the core's parent").isNotEqualTo("00f067aa0ba902b7");
    }

    @Test
    void startsATraceWhenThePartnerSentNoneOrAMalformedOne() {
        for (String traceparent : new String[] {null, "00-not-a-trace-01", "00-" + "0".repeat(32) + "-00f067aa0ba902b7-01"}) {
            core.resetRequests();
            String answered = enroll(traceparent).expectStatus().isCreated()
                    .returnResult(byte[].class).getResponseHeaders().getFirst("X-Trace-Id");

            assertThat(answered).as("for %s", traceparent).matches("[0-9a-f]{32}").isNotEqualTo("0".repeat(32));
            String sent = core.findAll(postRequestedFor(urlPathEqualTo("/core/v1/enrollments")))
                    .getFirst().getHeader("traceparent");
            assertThat(sent).as("for %s", traceparent).startsWith("00-" + answered + "-");
        }
    }

    @Test
    void errorsCarryTheTraceIdToo() {
        web.post().uri(ENROLLMENTS).header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(OFFICIAL)
                .exchange().expectStatus().isUnauthorized().expectHeader().valueEquals("X-Trace-Id", TRACE_ID);
    }

    @Test
    void logsTheRequestsTraceIdInJson(CapturedOutput output) {
        core.stubFor(post(urlPathEqualTo("/core/v1/enrollments")).willReturn(aResponse().withStatus(503)));

        enroll("00-" + TRACE_ID + "-00f067aa0ba902b7-01").expectStatus().isEqualTo(503);

        assertThat(Poll.until(Duration.ofSeconds(5), () -> output.getOut().contains("core-enrollment unavailable")))
                .isTrue();
        String line = Arrays.stream(output.getOut().split("\n"))
                .filter(each -> each.contains("core-enrollment unavailable")).reduce((first, last) -> last).orElseThrow();
        JsonNode logged = BankClient.json(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(logged.at("/log/level").asString()).isEqualTo("WARN");
        assertThat(line).contains(TRACE_ID);
    }

    @Test
    void theBanksTraceReachesTheCoreOnAnInquiry() {
        core.stubFor(get(urlPathEqualTo("/core/v1/bills/open")).willReturn(okJson(CoreFixtures.bill("UNPAID"))));
        BankClient alpha = bank(TestBank.ALPHA);

        alpha.inquiry(alpha.inquiryBody("12345678901234567890"), alpha.token(),
                        transaction -> transaction.headers.put("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-00"))
                .expectStatus().isOk().expectHeader().valueEquals("X-Trace-Id", TRACE_ID);

        assertThat(core.findAll(getRequestedFor(urlPathEqualTo("/core/v1/bills/open"))).getFirst()
                .getHeader("traceparent")).startsWith("00-" + TRACE_ID + "-").endsWith("-00");
    }

    @Test
    void countsRequestsPerRouteAndPartnerAndAnonymousOnes() {
        Map<String, String> route = Map.of("routeId", "village-enrollments", "partner", TestVillage.SAGA.id(),
                "status", "CREATED");
        Map<String, String> anonymous = Map.of("routeId", "village-enrollments", "partner", "anonymous",
                "status", "UNAUTHORIZED");
        double before = metric("spring_cloud_gateway_requests_seconds_count", route);
        double anonymousBefore = metric("spring_cloud_gateway_requests_seconds_count", anonymous);

        enroll(null).expectStatus().isCreated();
        web.post().uri(ENROLLMENTS).contentType(MediaType.APPLICATION_JSON).bodyValue(OFFICIAL)
                .exchange().expectStatus().isUnauthorized();

        assertThat(metric("spring_cloud_gateway_requests_seconds_count", route)).isEqualTo(before + 1);
        assertThat(metric("spring_cloud_gateway_requests_seconds_count", anonymous)).isEqualTo(anonymousBefore + 1);
        assertThat(scrape()).containsPattern("spring_cloud_gateway_requests_seconds_sum\\{[^}]*partner=\"" + TestVillage.SAGA.id())
                .as("the core calls too").containsPattern("http_client_requests_seconds_count\\{");
    }

    @Test
    void countsIdempotentReplaysAndConflictsPerRouteAndPartner() {
        Map<String, String> tags = Map.of("route", "village-enrollments", "partner", TestVillage.SAGA.id());
        double replays = metric("gateway_idempotency_replays_total", tags);
        double conflicts = metric("gateway_idempotency_conflicts_total", with(tags, "reason", "other_request"));

        String key = UUID.randomUUID().toString();
        saga.post(ENROLLMENTS, OFFICIAL, key).expectStatus().isCreated();
        saga.post(ENROLLMENTS, OFFICIAL, key).expectStatus().isOk().expectHeader().valueEquals("Idempotent-Replayed", "true");
        saga.post(ENROLLMENTS, OFFICIAL, key).expectStatus().isOk();
        saga.post(ENROLLMENTS, OFFICIAL.replace("Kepala Urusan Keuangan", "Sekretaris Desa"), key)
                .expectStatus().isEqualTo(422);

        assertThat(metric("gateway_idempotency_replays_total", tags)).isEqualTo(replays + 2);
        assertThat(metric("gateway_idempotency_conflicts_total", with(tags, "reason", "other_request")))
                .isEqualTo(conflicts + 1);
    }

    @Test
    void countsAReusedSnapExternalIdAsAConflictOfTheBank() {
        core.stubFor(get(urlPathEqualTo("/core/v1/bills/open")).willReturn(okJson(CoreFixtures.bill("UNPAID"))));
        BankClient alpha = bank(TestBank.ALPHA);
        Map<String, String> tags = Map.of("route", "snap-va-inquiry", "partner", TestBank.ALPHA.id(),
                "reason", "other_request");
        double before = metric("gateway_idempotency_conflicts_total", tags);
        String externalId = BankClient.newExternalId();

        alpha.inquiry(alpha.inquiryBody("12345678901234567890"), alpha.token(),
                transaction -> transaction.headers.put("X-EXTERNAL-ID", externalId)).expectStatus().isOk();
        alpha.inquiry(alpha.inquiryBody("12345678901234567890"), alpha.token(),
                transaction -> transaction.headers.put("X-EXTERNAL-ID", externalId)).expectStatus().isEqualTo(409);

        assertThat(metric("gateway_idempotency_conflicts_total", tags)).isEqualTo(before + 1);
    }

    @Test
    void countsAPaymentAdviceAsAReplayAndAReusedExternalIdAsAConflict() {
        String customer = Long.toString(java.util.concurrent.ThreadLocalRandom.current()
                .nextLong(10_000_000_000L, 99_999_999_999L));
        String billId = "BILL-OBS-" + customer;
        core.stubFor(get(urlPathEqualTo("/core/v1/bills/open"))
                .willReturn(okJson(CoreFixtures.bill(customer, billId, "UNPAID"))));
        core.stubFor(post(urlPathEqualTo("/core/v1/payments")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(CoreFixtures.receipt(customer, billId, "739200.00"))));
        BankClient alpha = bank(TestBank.ALPHA);
        String token = alpha.token();
        Map<String, String> tags = Map.of("route", "snap-va-payment", "partner", TestBank.ALPHA.id());
        double replays = metric("gateway_idempotency_replays_total", tags);
        double conflicts = metric("gateway_idempotency_conflicts_total", with(tags, "reason", "other_request"));
        String requestId = BankClient.newExternalId();
        String externalId = BankClient.newExternalId();

        alpha.payment(alpha.paymentBody(customer, requestId, "739200.00", "N"), token,
                transaction -> transaction.headers.put("X-EXTERNAL-ID", externalId)).expectStatus().isOk();
        alpha.payment(alpha.paymentBody(customer, requestId, "739200.00", "Y"), token, transaction -> {})
                .expectStatus().isOk();
        alpha.payment(alpha.paymentBody(customer, BankClient.newExternalId(), "739200.00", "N"), token,
                transaction -> transaction.headers.put("X-EXTERNAL-ID", externalId)).expectStatus().isEqualTo(409);

        assertThat(metric("gateway_idempotency_replays_total", tags)).isEqualTo(replays + 1);
        assertThat(metric("gateway_idempotency_conflicts_total", with(tags, "reason", "other_request")))
                .isEqualTo(conflicts + 1);
    }

    @Test
    void showsEveryBreakerStateAsAGauge() {
        assertThat(scrape())
                .containsPattern("resilience4j_circuitbreaker_state\\{[^}]*name=\"core-billing\"[^}]*state=\"closed\"[^}]*} 1.0")
                .containsPattern("resilience4j_circuitbreaker_state\\{[^}]*name=\"core-enrollment\"")
                .containsPattern("resilience4j_circuitbreaker_state\\{[^}]*name=\"core-employer\"");
    }

    @Test
    void healthShowsTheCoreDownWhileReadinessStaysUpOnPostgres() {
        assertThat(Poll.until(Duration.ofSeconds(10), () -> "UP".equals(coreHealth().path("status").asString())))
                .isTrue();

        core.stubFor(get(urlEqualTo("/")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThat(Poll.until(Duration.ofSeconds(10), () -> "DOWN".equals(coreHealth().path("status").asString())))
                .isTrue();
        // which backend failed how is a detail: shown to no caller of the management port (breakers: in Prometheus)
        assertThat(coreHealth().path("details").isMissingNode()).isTrue();

        JsonNode readiness = BankClient.json(management().get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBodyContent());
        assertThat(readiness.path("status").asString()).isEqualTo("UP");
        assertThat(readiness.at("/components/r2dbc/status").asString())
                .as("PostgreSQL decides readiness").isEqualTo("UP");
        assertThat(readiness.at("/components/core").isMissingNode()).as("the core does not").isTrue();
        management().get().uri("/actuator/health").exchange().expectStatus().isEqualTo(503);

        ObservabilityIT.core.resetAll();
        assertThat(Poll.until(Duration.ofSeconds(10), () -> "UP".equals(coreHealth().path("status").asString())))
                .isTrue();
    }

    @Test
    void theActuatorIsOnTheManagementPortOnly() {
        for (String path : new String[] {"/actuator/prometheus", "/actuator/health", "/actuator/health/readiness",
                "/actuator/metrics", "/actuator/info"}) {
            web.get().uri(path).exchange().expectStatus().isNotFound();
        }
        management().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec enroll(String traceparent) {
        return web.post().uri(ENROLLMENTS)
                .header("Authorization", "Bearer " + saga.token())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .headers(headers -> {
                    if (traceparent != null) {
                        headers.set("traceparent", traceparent);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON).bodyValue(OFFICIAL).exchange();
    }

    private JsonNode coreHealth() {
        return BankClient.json(management().get().uri("/actuator/health").exchange()
                .expectBody().returnResult().getResponseBodyContent()).at("/components/core");
    }

    private static Map<String, String> with(Map<String, String> tags, String name, String value) {
        var more = new java.util.HashMap<>(tags);
        more.put(name, value);
        return more;
    }

    /** The sum of every series of the metric that carries all the tags given (0 when none does yet). */
    private double metric(String name, Map<String, String> tags) {
        return Arrays.stream(scrape().split("\n"))
                .filter(line -> line.startsWith(name + "{"))
                .filter(line -> tags.entrySet().stream()
                        .allMatch(tag -> line.contains(tag.getKey() + "=\"" + tag.getValue() + "\"")))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private String scrape() {
        return management().get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }
}
