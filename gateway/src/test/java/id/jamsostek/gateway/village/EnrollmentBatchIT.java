package id.jamsostek.gateway.village;

import id.jamsostek.gateway.idempotency.CoreKeys;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.contracts.validation.ContractSchema;
import id.jamsostek.gateway.batch.BatchKind;
import id.jamsostek.gateway.outbox.OutboxRelay;
import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.BatchRowRecords;
import id.jamsostek.gateway.support.CoreFixtures;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.Poll;
import id.jamsostek.gateway.support.TestDatabase;
import id.jamsostek.gateway.support.PartnerAdminClient;
import id.jamsostek.gateway.support.PartnerApiClient;
import id.jamsostek.gateway.support.TestVillage;
import id.jamsostek.gateway.support.VillageClient;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class EnrollmentBatchIT extends GatewayIntegrationTest {

    private static final String PATH = "/village/v1/enrollment-batches";
    private static final String OFFICIAL = VillageClient.example("EnrollmentRequest/valid/village-official-village-budget.json");

    @Autowired
    OutboxRelay relay;

    private VillageClient saga;

    @BeforeEach
    void reset() {
        core.resetAll();
        saga = new VillageClient(web, TestVillage.SAGA);
    }

    /** A person of the example with another NIK (same birth date and sex, another serial). */
    private static String person(int serial) {
        return OFFICIAL.replace("3603011407910007", "360301140791" + String.format("%04d", serial));
    }

    private static String batch(String... people) {
        return "{\"items\":[" + String.join(",", people) + "]}";
    }

    private static void coreEnrolls() {
        core.stubFor(post(urlPathEqualTo("/core/v1/enrollments")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(CoreFixtures.example("EnrollmentResult/valid/village-official.json"))));
    }

    private JsonNode status(String statusUrl, VillageClient client) {
        return BankClient.json(web.get().uri(statusUrl).header("Authorization", "Bearer " + client.token())
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBodyContent());
    }

    private JsonNode accept(String body) {
        return BankClient.json(saga.post(PATH, body, UUID.randomUUID().toString())
                .expectStatus().isAccepted()
                .expectHeader().exists("Location")
                .expectBody().returnResult().getResponseBodyContent());
    }

    private void drainUntilCompleted(String statusUrl) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!"COMPLETED".equals(status(statusUrl, saga).get("status").asString())
                && System.nanoTime() < deadline) {
            relay.drain().block(Duration.ofSeconds(20));
        }
    }

    /** The keys the rows of this batch must reach the core under: derived from the batch and the row's index. */
    private static Set<String> rowKeys(JsonNode accepted, int rows) {
        return java.util.stream.IntStream.range(0, rows).mapToObj(index -> CoreKeys.derive(TestVillage.SAGA.id(),
                BatchKind.VILLAGE_ENROLLMENT.operation(), accepted.get("batchId").asString() + "/" + index))
                .collect(Collectors.toSet());
    }

    private static Set<String> coreKeys() {
        return core.findAll(postRequestedFor(urlPathEqualTo("/core/v1/enrollments"))).stream()
                .map(request -> request.getHeader("Idempotency-Key")).collect(Collectors.toSet());
    }

    @Test
    void rowsStillQueuedWhenTheirPartnerIsDisabledAreRejectedSayingWhyAndNeverReachTheCore() {
        coreEnrolls();
        PartnerAdminClient admin = new PartnerAdminClient(internal());
        String id = PartnerAdminClient.unique("batch-sid-");
        JsonNode registered = admin.registered("villages", PartnerAdminClient.villageBody(id));
        PartnerApiClient village = new PartnerApiClient(web, id, registered.get("clientSecret").asString());
        JsonNode accepted = BankClient.json(village.post(PATH, batch(person(41), person(42)), UUID.randomUUID().toString())
                .expectStatus().isAccepted().expectBody().returnResult().getResponseBodyContent());

        admin.act(id, "disable", null).expectStatus().isOk();
        String batchId = accepted.get("batchId").asString();
        assertThat(BatchRowRecords.drainedUntilSettled(relay, batchId)).isTrue();

        assertThat(BatchRowRecords.rejectedWith(batchId, "insufficient-scope", "the partner is disabled")).isEqualTo(2);
        assertThat(core.findAll(postRequestedFor(urlPathEqualTo("/core/v1/enrollments")))).isEmpty();
    }

    @Test
    void acceptsABatchAt202AndEnrollsEveryRowThroughTheRelay() {
        coreEnrolls();
        JsonNode accepted = accept(batch(person(1), person(2), person(3)));
        assertThat(accepted.get("total").asInt()).isEqualTo(3);
        String statusUrl = accepted.get("statusUrl").asString();
        assertThat(status(statusUrl, saga).get("counts").get("pending").asInt()).isEqualTo(3);

        drainUntilCompleted(statusUrl);

        byte[] body = web.get().uri(statusUrl).header("Authorization", "Bearer " + saga.token()).exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBodyContent();
        JsonNode done = BankClient.json(body);
        assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.get("counts").get("enrolled").asInt()).isEqualTo(3);
        assertThat(done.get("rows").get(0).get("kpj").asString()).isEqualTo("26031400789");
        assertThat(ContractSchema.load("contracts/village/schemas/EnrollmentBatchStatus.json").validate(body)).isEmpty();
        assertThat(coreKeys()).containsAll(rowKeys(accepted, 3));
    }

    @Test
    void theSameBatchSentAgainWithItsKeyIsTheSameBatch() {
        coreEnrolls();
        String key = UUID.randomUUID().toString();
        String body = batch(person(11), person(12));
        JsonNode first = BankClient.json(saga.post(PATH, body, key).expectStatus().isAccepted()
                .expectBody().returnResult().getResponseBodyContent());
        long batches = TestDatabase.count("select count(*) from batch");
        JsonNode again = BankClient.json(saga.post(PATH, body, key).expectStatus().isOk()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectHeader().valueEquals("Location", first.get("statusUrl").asString())
                .expectBody().returnResult().getResponseBodyContent());
        assertThat(again.get("batchId")).isEqualTo(first.get("batchId"));
        assertThat(TestDatabase.count("select count(*) from batch")).isEqualTo(batches);
    }

    @Test
    void rowsTheGatewayCanJudgeAloneAreRejectedAtOnceWithPointersIntoTheBatch() {
        coreEnrolls();
        String wrongBirth = person(4).replace("\"birthDate\": \"1991-07-14\"", "\"birthDate\": \"1991-07-15\"");
        JsonNode accepted = accept(batch(person(5), wrongBirth, person(5)));
        String statusUrl = accepted.get("statusUrl").asString();
        drainUntilCompleted(statusUrl);
        JsonNode done = status(statusUrl, saga);
        assertThat(done.get("counts").get("enrolled").asInt()).isEqualTo(1);
        assertThat(done.get("counts").get("rejected").asInt()).isEqualTo(2);
        assertThat(done.get("rows").get(1).get("problem").get("pointer").asString()).isEqualTo("/items/1/birthDate");
        assertThat(done.get("rows").get(2).get("problem").get("type").asString()).endsWith("/duplicate-in-batch");
        Set<String> keys = rowKeys(accepted, 3);
        assertThat(coreKeys().stream().filter(keys::contains)).hasSize(1);
    }

    @Test
    void aCoreOutageInTheMiddleResumesWithTheSameKeysAndEnrollsNoRowTwice() {
        core.stubFor(post(urlPathEqualTo("/core/v1/enrollments")).willReturn(aResponse().withStatus(503)));
        JsonNode accepted = accept(batch(person(6), person(7)));
        String statusUrl = accepted.get("statusUrl").asString();
        relay.drain().block(Duration.ofSeconds(20));
        assertThat(status(statusUrl, saga).get("counts").get("pending").asInt()).isEqualTo(2);
        Set<String> keys = rowKeys(accepted, 2);
        assertThat(coreKeys()).containsAll(keys);

        core.resetAll();
        coreEnrolls();
        TestDatabase.execute("update outbox set next_attempt_at = now() where state = 'PENDING'");
        drainUntilCompleted(statusUrl);
        assertThat(status(statusUrl, saga).get("counts").get("enrolled").asInt()).isEqualTo(2);
        assertThat(coreKeys()).as("after the outage each row reaches the core under its own key again")
                .containsAll(keys);
    }

    @Test
    void aBatchWithAnyoneOutsideTheCallersRegionsIsRefusedWhole() {
        String elsewhere = person(8).replace("\"villageCode\": \"3603012001\"", "\"villageCode\": \"3603012002\"");
        long batches = TestDatabase.count("select count(*) from batch");
        saga.post(PATH, batch(person(9), elsewhere), UUID.randomUUID().toString())
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/items/1/villageCode");
        assertThat(TestDatabase.count("select count(*) from batch")).isEqualTo(batches);
        core.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void anotherPartnerCannotReadTheBatchAndAnOversizedBatchIsRefused() {
        coreEnrolls();
        String statusUrl = accept(batch(person(10))).get("statusUrl").asString();
        VillageClient bogor = new VillageClient(web, TestVillage.BOGOR);
        web.get().uri(statusUrl).header("Authorization", "Bearer " + bogor.token()).exchange()
                .expectStatus().isNotFound();
        saga.post(PATH, VillageClient.example("EnrollmentBatchRequest/invalid/one-thousand-and-one-items.json"),
                        UUID.randomUUID().toString())
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/items");
    }

    private static void coreRefuses(int status, String example) {
        core.stubFor(post(urlPathEqualTo("/core/v1/enrollments")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/problem+json")
                .withBody(CoreFixtures.example("Problem/valid/" + example))));
    }

    @Test
    void someoneAlreadyAParticipantIsCountedApartWithTheKpjOnlyWithinTheCallersRegions() {
        coreRefuses(409, "already-participant.json");
        String statusUrl = accept(batch(person(21))).get("statusUrl").asString();
        drainUntilCompleted(statusUrl);
        byte[] body = web.get().uri(statusUrl).header("Authorization", "Bearer " + saga.token()).exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBodyContent();
        JsonNode done = BankClient.json(body);
        assertThat(done.get("counts").get("alreadyParticipant").asInt()).isEqualTo(1);
        assertThat(done.get("rows").get(0).get("outcome").asString()).isEqualTo("ALREADY_PARTICIPANT");
        assertThat(done.get("rows").get(0).has("kpj")).as("the membership is in another village").isFalse();
        assertThat(ContractSchema.load("contracts/village/schemas/EnrollmentBatchStatus.json").validate(body)).isEmpty();

        VillageClient regency = new VillageClient(web, TestVillage.TANGERANG);
        String regencyUrl = BankClient.json(regency.post(PATH, batch(person(22)), UUID.randomUUID().toString())
                .expectStatus().isAccepted().expectBody().returnResult().getResponseBodyContent())
                .get("statusUrl").asString();
        assertThat(Poll.until(Duration.ofSeconds(30), () -> {
            relay.drain().block(Duration.ofSeconds(20));
            return "COMPLETED".equals(status(regencyUrl, regency).get("status").asString());
        })).isTrue();
        assertThat(status(regencyUrl, regency).get("rows").get(0).get("kpj").asString()).isEqualTo("26031400512");
    }

    @Test
    void aRowTheCoreRefusesIsRejectedWithAPointerToTheFieldInTheBatch() {
        coreRefuses(422, "invalid-enrollment-income-band.json");
        String statusUrl = accept(batch(person(23), person(24))).get("statusUrl").asString();
        drainUntilCompleted(statusUrl);
        JsonNode done = status(statusUrl, saga);
        assertThat(done.get("counts").get("rejected").asInt()).isEqualTo(2);
        JsonNode problem = done.get("rows").get(1).get("problem");
        assertThat(problem.get("type").asString()).isEqualTo("https://api.jamsostek.example/problems/invalid-enrollment");
        assertThat(problem.get("title").asString()).isEqualTo("The enrollment was not made");
        assertThat(problem.get("pointer").asString()).isEqualTo("/items/1/incomeBand");
        assertThat(problem.get("detail").asString()).isEqualTo("is not a band of the band table in force");
    }
}
