package id.jamsostek.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.core.simulator.CoreSimulator;
import id.jamsostek.core.simulator.CoreSimulatorSettings;
import id.jamsostek.core.simulator.MutableClock;
import id.jamsostek.gateway.GatewayApplication;
import id.jamsostek.gateway.outbox.OutboxRelay;
import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.BatchRowRecords;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.GatewayTestProperties;
import id.jamsostek.gateway.support.PartnerAdminClient;
import id.jamsostek.gateway.support.PartnerApiClient;
import id.jamsostek.gateway.support.PayerClient;
import id.jamsostek.gateway.support.TestPayer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * A Perisai agent registers informal workers of Desa Saga in one batch through the batch relay, against the
 * simulator: three valid workers and one whose birth date disagrees with the NIK. The batch completes with the row
 * results, the agent then lists exactly the three it registered, and another agent cannot read the batch. An agent
 * disabled while its rows wait has them rejected, none registered at the core.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = GatewayIntegrationTest.PATIENCE)
@DirtiesContext
class AgentEnrollmentBatchEndToEndIT {

    private static final CoreSimulator CORE = CoreSimulator.start(CoreSimulatorSettings.defaults()
            .withClock(MutableClock.atJakarta("2026-11-22T10:00:00")));
    private static final String PROBLEMS = "https://api.jamsostek.example/problems/";
    private static final String PATH = "/agent/v1/enrollment-batches";

    @Autowired
    WebTestClient web;

    @Autowired
    OutboxRelay relay;

    @Value("${local.internal.port}")
    int internalPort;

    @DynamicPropertySource
    static void core(DynamicPropertyRegistry registry) {
        GatewayTestProperties.register(registry, CORE::baseUrl);
    }

    @AfterAll
    static void stopCore() {
        CORE.stop();
    }

    @Test
    void anAgentsBatchRegistersTheValidWorkersAsItsOwnAndOnlyItReadsTheBatch() {
        PayerClient agent = new PayerClient(web, TestPayer.AGENT);
        String body = "{\"items\":[" + String.join(",", worker("3603011003900081", "1990-03-10"),
                worker("3603011003900082", "1990-03-10"), worker("3603011003900083", "1991-03-10"),
                worker("3603011003900084", "1990-03-10")) + "]}";
        String key = UUID.randomUUID().toString();

        JsonNode accepted = json(agent.post(PATH, body, key).expectStatus().isAccepted()
                .expectHeader().exists("Location"));
        String statusUrl = accepted.get("statusUrl").asString();
        assertThat(statusUrl).isEqualTo(PATH + "/" + accepted.get("batchId").asString());
        assertThat(accepted.get("total").asInt()).isEqualTo(4);
        agent.post(PATH, body, key).expectStatus().isOk()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody().jsonPath("$.batchId").isEqualTo(accepted.get("batchId").asString());

        JsonNode status = completed(agent, statusUrl);
        assertThat(status.at("/counts/enrolled").asInt()).isEqualTo(3);
        assertThat(status.at("/counts/rejected").asInt()).isEqualTo(1);
        assertThat(status.at("/counts/pending").asInt()).isZero();
        JsonNode rejected = status.get("rows").get(2);
        assertThat(rejected.get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(rejected.at("/problem/type").asString()).isEqualTo(PROBLEMS + "invalid-enrollment");
        assertThat(rejected.at("/problem/pointer").asString()).isEqualTo("/items/2/birthDate");
        for (int index : new int[] {0, 1, 3}) {
            assertThat(status.get("rows").get(index).get("outcome").asString()).isEqualTo("ENROLLED");
            assertThat(status.get("rows").get(index).get("kpj").asString()).isNotBlank();
        }

        byte[] listed = agent.get("/agent/v1/participants").expectStatus().isOk().expectBody().returnResult()
                .getResponseBodyContent();
        assertThat(new String(listed, StandardCharsets.UTF_8)).doesNotContain("3603011003900081");
        assertThat(BankClient.json(listed).get("items").findValuesAsString("nikMasked"))
                .containsExactlyInAnyOrder("360301********81", "360301********82", "360301********84");

        new PayerClient(web, TestPayer.OTHER_AGENT).get(statusUrl).expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "not-found");
    }

    /** As a village's (EnrollmentBatchIT): a batch is judged when accepted, its rows run later, after a disable too. */
    @Test
    void rowsStillQueuedWhenTheAgentIsDisabledAreRejectedSayingWhyAndNeverReachTheCore() throws Exception {
        PartnerAdminClient admin = new PartnerAdminClient(
                GatewayIntegrationTest.client("http://127.0.0.1:" + internalPort));
        String id = PartnerAdminClient.unique("batch-agent-");
        String payerId = PartnerAdminClient.unique("PERISAI-");
        JsonNode registered = admin.registered("payers", PartnerAdminClient.payerBody(id, "AGENT", payerId));
        PartnerApiClient agent = new PartnerApiClient(web, id, registered.get("clientSecret").asString());
        JsonNode accepted = json(agent.post(PATH, "{\"items\":[" + worker("3603011003900091", "1990-03-10") + ","
                + worker("3603011003900092", "1990-03-10") + "]}", UUID.randomUUID().toString())
                .expectStatus().isAccepted());

        admin.act(id, "disable", null).expectStatus().isOk();
        String batchId = accepted.get("batchId").asString();
        assertThat(BatchRowRecords.drainedUntilSettled(relay, batchId)).isTrue();

        assertThat(BatchRowRecords.rejectedWith(batchId, "insufficient-scope", "the partner is disabled")).isEqualTo(2);
        HttpResponse<String> atTheCore = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(CORE.baseUrl() + "/core/v1/agents/" + payerId + "/participants")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(BankClient.json(atTheCore.body().getBytes(StandardCharsets.UTF_8)).get("items"))
                .as("the core registered none of them").isEmpty();
    }

    @Test
    void aWorkerAnotherAgentRegisteredIsAlreadyParticipantWithoutAKpjAndStaysTheOthers() {
        PayerClient agent = new PayerClient(web, TestPayer.AGENT);
        String taken = worker("3603011003900088", "1990-03-10");
        new PayerClient(web, TestPayer.OTHER_AGENT).post("/agent/v1/enrollments", taken, UUID.randomUUID().toString())
                .expectStatus().isCreated();

        JsonNode accepted = json(agent.post(PATH, "{\"items\":[" + taken + "]}", UUID.randomUUID().toString())
                .expectStatus().isAccepted());
        JsonNode row = completed(agent, accepted.get("statusUrl").asString()).get("rows").get(0);

        assertThat(row.get("outcome").asString()).isEqualTo("ALREADY_PARTICIPANT");
        assertThat(row.has("kpj")).isFalse();
        agent.post("/agent/v1/participants/search", "{\"nik\":\"3603011003900088\"}", UUID.randomUUID().toString())
                .expectStatus().isNotFound();
    }

    @Test
    void aBatchWithAVillageOutsideTheCodeListIsRefusedWhole() {
        PayerClient agent = new PayerClient(web, TestPayer.AGENT);
        String unknownVillage = worker("3603011003900085", "1990-03-10").replace("3603012001", "3603012999");
        agent.post(PATH, "{\"items\":[" + worker("3603011003900086", "1990-03-10") + "," + unknownVillage + "]}",
                        UUID.randomUUID().toString())
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "unknown-region")
                .jsonPath("$.errors[0].pointer").isEqualTo("/items/1/villageCode");
        agent.post(PATH, "{\"items\":[]}", UUID.randomUUID().toString()).expectStatus().isBadRequest();
        new PayerClient(web, TestPayer.CSR).post(PATH, "{\"items\":[" + worker("3603011003900087", "1990-03-10")
                + "]}", UUID.randomUUID().toString()).expectStatus().isForbidden();
    }

    private JsonNode completed(PayerClient agent, String statusUrl) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode status = json(agent.get(statusUrl).expectStatus().isOk());
        while (!"COMPLETED".equals(status.get("status").asString()) && System.nanoTime() < deadline) {
            relay.drain().block(Duration.ofSeconds(20));
            status = json(agent.get(statusUrl).expectStatus().isOk());
        }
        assertThat(status.get("status").asString()).isEqualTo("COMPLETED");
        return status;
    }

    /** The contract's ride-hailing driver (born 10 March 1990) with the NIK and birth date given. */
    private static String worker(String nik, String birthDate) {
        return PayerClient.example("AgentEnrollmentRequest/valid/ride-hailing-driver.json")
                .replace("3603011003900052", nik).replace("1990-03-10", birthDate);
    }

    private static JsonNode json(WebTestClient.ResponseSpec response) {
        return BankClient.json(response.expectBody().returnResult().getResponseBodyContent());
    }
}
