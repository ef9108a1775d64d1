package id.jamsostek.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.core.simulator.CoreSimulator;
import id.jamsostek.core.simulator.CoreSimulatorSettings;
import id.jamsostek.gateway.GatewayApplication;
import id.jamsostek.gateway.support.GatewayTestProperties;
import id.jamsostek.gateway.support.Poll;
import id.jamsostek.gateway.support.TestDatabase;
import id.jamsostek.gateway.support.TestVillage;
import id.jamsostek.gateway.support.VillageClient;
import id.jamsostek.snap.SnapTimestamp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A batch accepted by one gateway instance that stops before enrolling anyone is finished by another instance:
 * on the stateful core, everyone of the batch is enrolled exactly once.
 */
class BatchRestartEndToEndIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String DATABASE = TestDatabase.NAME + "_batch_restart";

    @Test
    void anotherInstanceFinishesABatchTheFirstAcceptedAndEnrollsEachPersonOnce() throws Exception {
        TestDatabase.fresh(DATABASE);
        try (CoreSimulator core = CoreSimulator.start(CoreSimulatorSettings.defaults())) {
            String body = batch(YearMonth.now(SnapTimestamp.JAKARTA));
            String statusUrl;
            String token;
            try (ConfigurableApplicationContext first = instance(core, false)) {
                token = token(port(first));
                HttpResponse<String> accepted = HTTP.send(request(port(first), "/village/v1/enrollment-batches", token)
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
                statusUrl = JSON.readTree(accepted.body()).get("statusUrl").asString();
            }
            for (int serial = 201; serial <= 203; serial++) {
                assertThat(core.memberships().byNik("360301140791" + String.format("%04d", serial)))
                        .as("nobody is enrolled before the second instance runs").isEmpty();
            }
            try (ConfigurableApplicationContext second = instance(core, true)) {
                int port = port(second);
                String url = statusUrl;
                assertThat(Poll.until(Duration.ofSeconds(30),
                        () -> "COMPLETED".equals(status(port, url, token).get("status").asString())))
                        .as(() -> status(port, url, token).toString()).isTrue();
                JsonNode done = status(port, statusUrl, token);
                assertThat(done.get("counts").get("enrolled").asInt()).isEqualTo(3);
            }
            for (int serial = 201; serial <= 203; serial++) {
                assertThat(core.memberships().byNik("360301140791" + String.format("%04d", serial))).isPresent();
            }
        }
    }

    private static String batch(YearMonth month) {
        String person = VillageClient.example("EnrollmentRequest/valid/village-official-village-budget.json")
                .replaceAll("\"firstMonth\": \"[0-9-]+\"", "\"firstMonth\": \"" + month + "\"");
        StringBuilder items = new StringBuilder();
        for (int serial = 201; serial <= 203; serial++) {
            items.append(items.isEmpty() ? "" : ",")
                    .append(person.replace("3603011407910007", "360301140791" + String.format("%04d", serial)));
        }
        return "{\"items\":[" + items + "]}";
    }

    private static ConfigurableApplicationContext instance(CoreSimulator core, boolean relay) {
        return new SpringApplicationBuilder(GatewayApplication.class).run(GatewayTestProperties.asArguments(
                core.baseUrl(), Map.of(
                        "spring.r2dbc.url", TestDatabase.r2dbcUrl(DATABASE),
                        "spring.flyway.url", TestDatabase.jdbcUrl(DATABASE),
                        "gateway.outbox.relay-enabled", Boolean.toString(relay),
                        "gateway.outbox.poll-interval", "100ms")));
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private static HttpRequest.Builder request(int port, String path, String token) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token);
    }

    private static JsonNode status(int port, String path, String token) {
        try {
            return JSON.readTree(HTTP.send(request(port, path, token).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(int port) throws Exception {
        TestVillage saga = TestVillage.SAGA;
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + saga.clientId()
                        + "&client_secret=" + saga.secret()))
                .build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(answer.body()).get("access_token").asString();
    }
}
