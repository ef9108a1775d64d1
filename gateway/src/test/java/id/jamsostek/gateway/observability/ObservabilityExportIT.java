package id.jamsostek.gateway.observability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import com.github.tomakehurst.wiremock.WireMockServer;
import id.jamsostek.gateway.GatewayApplication;
import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.CoreFixtures;
import id.jamsostek.gateway.support.FakeCore;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.GatewayTestProperties;
import id.jamsostek.gateway.support.Poll;
import id.jamsostek.gateway.support.TestBank;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What the operators' tools read. The Grafana dashboard and the alert rules (deploy/monitoring) query metrics the
 * gateway really exports: after a bank's inquiry, every metric they name is on the management port's Prometheus page,
 * or is a counter the gateway registers on its first event (a refusal, a decision without Redis), whose meter name the
 * gateway's code holds. Spans go to the OTLP endpoint configured (here the fake core plays the collector). The build's
 * information and its SBOM are served for whoever audits what runs.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = GatewayIntegrationTest.PATIENCE)
class ObservabilityExportIT {

    private static final WireMockServer core = FakeCore.server();

    private static final Path MONITORING = Path.of("../deploy/monitoring");
    private static final Pattern METRIC = Pattern.compile(
            "\\b((?:gateway|spring_cloud_gateway|http_server|http_client|resilience4j|jvm|process|r2dbc|logback)_\\w*[a-z0-9])\\b");

    @Autowired
    WebTestClient web;

    @Value("${local.management.port}")
    int managementPort;

    @DynamicPropertySource
    static void operationsFigures(DynamicPropertyRegistry registry) {
        GatewayTestProperties.register(registry, core::baseUrl, Map.of(
                "gateway.operations.sampler-enabled", "true", "gateway.operations.sample-interval", "1s",
                "management.tracing.sampling.probability", "1.0",
                "management.opentelemetry.tracing.export.schedule-delay", "100ms"));
        registry.add("management.opentelemetry.tracing.export.otlp.endpoint", () -> core.baseUrl() + "/v1/traces");
    }

    @Test
    void everyMetricTheDashboardAndTheAlertsQueryIsExported() throws IOException {
        core.stubFor(get(urlPathEqualTo("/core/v1/bills/open")).willReturn(okJson(CoreFixtures.bill("UNPAID"))));
        BankClient alpha = new BankClient(web, TestBank.ALPHA);
        alpha.inquiry(alpha.inquiryBody("12345678901234567890"), alpha.token()).expectStatus().isOk();

        Set<String> queried = queriedMetrics();
        assertThat(queried).contains("gateway_cluster_outbox_pending", "gateway_message_log_lag_seconds",
                "http_server_requests_seconds_bucket", "resilience4j_circuitbreaker_state");
        String code = mainSources();
        // the operations figures appear with the instance's first sample, the GC pause timer with the first GC
        System.gc();
        assertThat(Poll.until(Duration.ofSeconds(30), () -> exportedMetrics()
                .containsAll(List.of("gateway_cluster_outbox_pending", "jvm_gc_pause_seconds_sum")))).isTrue();
        Set<String> exported = exportedMetrics();
        List<String> missing = queried.stream()
                .filter(name -> !exported.contains(name))
                .filter(name -> !(name.endsWith("_total") && code.contains(
                        "\"" + name.substring(0, name.length() - "_total".length()).replace('_', '.') + "\"")))
                .toList();
        assertThat(missing).as("metrics queried but neither exported nor registered on an event").isEmpty();
    }

    @Test
    void countsLogEventsWithoutATurboFilterThatEveryLevelCheckWouldAsk() {
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        assertThat(logging.getTurboFilterList()).as("logback asks each turbo filter on every check of a level").isEmpty();
        String before = scrape("logback_events_total{level=\"error\"}");

        LoggerFactory.getLogger("it.observability").error("an error the dashboards count");

        assertThat(Poll.until(Duration.ofSeconds(10), () -> !scrape("logback_events_total{level=\"error\"}")
                .equals(before))).isTrue();
    }

    @Test
    void observesAPartnersRequestOnceUnderItsRoutesPathNotPerPhaseOfTheSecurityChains() {
        core.stubFor(get(urlPathEqualTo("/core/v1/bills/open")).willReturn(okJson(CoreFixtures.bill("UNPAID"))));
        BankClient alpha = new BankClient(web, TestBank.ALPHA);

        alpha.inquiry(alpha.inquiryBody("12345678901234567890"), alpha.token()).expectStatus().isOk();

        assertThat(Poll.until(Duration.ofSeconds(10), () -> scrapeAll().lines().anyMatch(line -> line.startsWith(
                "http_server_requests_seconds_count{") && line.contains("uri=\"/v1.0/transfer-va/inquiry\""))))
                .as("tagged with the service's path").isTrue();
        assertThat(scrape("spring_security_http_unsecured_requests")).isEmpty();
        assertThat(scrape("spring_security_filterchains")).isEmpty();
    }

    /** The line of the Prometheus scrape that starts with this series, or "" if none. */
    private String scrape(String series) {
        return scrapeAll().lines().filter(line -> line.startsWith(series)).findFirst().orElse("");
    }

    private String scrapeAll() {
        return GatewayIntegrationTest.client("http://127.0.0.1:" + managementPort).get()
                .uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    @Test
    void exportsSpansToTheConfiguredOtlpEndpoint() {
        core.stubFor(post(urlPathEqualTo("/v1/traces")).willReturn(aResponse().withStatus(200)));
        core.stubFor(get(urlPathEqualTo("/core/v1/bills/open")).willReturn(okJson(CoreFixtures.bill("UNPAID"))));
        BankClient alpha = new BankClient(web, TestBank.ALPHA);

        alpha.inquiry(alpha.inquiryBody("12345678901234567890"), alpha.token()).expectStatus().isOk();

        assertThat(Poll.until(Duration.ofSeconds(30),
                () -> !core.findAll(postRequestedFor(urlPathEqualTo("/v1/traces"))).isEmpty())).isTrue();
        assertThat(core.findAll(postRequestedFor(urlPathEqualTo("/v1/traces"))).getFirst().getHeader("Content-Type"))
                .isEqualTo("application/x-protobuf");
    }

    @Test
    void servesItsBuildInfoAndItsSbomOnTheManagementPort() {
        WebTestClient management = GatewayIntegrationTest.client("http://127.0.0.1:" + managementPort);
        management.get().uri("/actuator/info").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.build.artifact").isEqualTo("gateway")
                .jsonPath("$.build.time").isEqualTo("2026-12-06T00:00:00Z");
        management.get().uri("/actuator/sbom/application").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.bomFormat").isEqualTo("CycloneDX")
                .jsonPath("$.metadata.component.name").isEqualTo("gateway");
    }

    private Set<String> exportedMetrics() {
        String page = new String(GatewayIntegrationTest.client("http://127.0.0.1:" + managementPort).get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBodyContent(), StandardCharsets.UTF_8);
        return Arrays.stream(page.split("\n")).filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("[{ ]", 2)[0]).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> queriedMetrics() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MONITORING)) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.(json|yml)$"))
                    .filter(f -> !f.getFileName().toString().endsWith("-test.yml")).toList()) {
                Matcher metric = METRIC.matcher(Files.readString(file));
                while (metric.find()) {
                    names.add(metric.group(1));
                }
            }
        }
        return names;
    }

    private static String mainSources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(file));
            }
            return all.toString();
        }
    }
}
