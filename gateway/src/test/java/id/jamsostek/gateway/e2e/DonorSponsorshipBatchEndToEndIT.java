package id.jamsostek.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.contracts.validation.ContractSchema;
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
import id.jamsostek.gateway.support.Poll;
import id.jamsostek.gateway.support.TestBank;
import id.jamsostek.gateway.support.TestDatabase;
import id.jamsostek.gateway.support.TestPayer;
import id.jamsostek.gateway.support.TestVillage;
import id.jamsostek.gateway.support.VillageClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
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
 * A CSR programme sponsors workers of Desa Saga in one batch through the batch relay, against the simulator on
 * 22 November 2026 (Asia/Jakarta): two rows sponsored, one refused by the core as a single sponsorship is (the
 * village's budget pays that worker), a NIK repeated in the batch rejected at once, an unknown NIK and months in the
 * wrong order refused. The two sponsored are on the donor's November bill, which a bank pays over SNAP (Rp8,400 each,
 * lowest band under PP 50/2025). Only the donor reads its batch; a donor disabled while its rows wait has them
 * rejected, none sponsored at the core.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = GatewayIntegrationTest.PATIENCE)
@DirtiesContext
class DonorSponsorshipBatchEndToEndIT {

    private static final CoreSimulator CORE = CoreSimulator.start(CoreSimulatorSettings.defaults()
            .withClock(MutableClock.atJakarta("2026-11-22T10:00:00")));
    private static final String PROBLEMS = "https://api.jamsostek.example/problems/";
    private static final String PATH = "/donor/v1/sponsorship-batches";

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
    void aDonorsBatchSponsorsTheRowsTheCoreAcceptsAndABankPaysTheirBillOnce() {
        VillageClient village = new VillageClient(web, TestVillage.SAGA);
        PayerClient donor = new PayerClient(web, TestPayer.CSR);
        String first = "3603011003900171";
        String second = "3603011003900172";
        String villagePaid = "3603011003900173";
        String firstKpj = enroll(village, first, "SELF").get("kpj").asString();
        String secondKpj = enroll(village, second, "SELF").get("kpj").asString();
        enroll(village, villagePaid, "VILLAGE_BUDGET");
        String body = batch(item(first, "2026-11", "2026-12"), item(second, "2026-11", "2026-11"),
                item(villagePaid, "2026-11", "2026-12"), item(first, "2027-01", "2027-02"),
                item("3603011003900179", "2026-11", "2026-11"), item("3603011003900178", "2026-12", "2026-11"));
        String key = UUID.randomUUID().toString();

        WebTestClient.ResponseSpec created = donor.post(PATH, body, key).expectStatus().isAccepted();
        JsonNode accepted = json(created.expectHeader().exists("Location"));
        String statusUrl = accepted.get("statusUrl").asString();
        assertThat(statusUrl).isEqualTo(PATH + "/" + accepted.get("batchId").asString());
        assertThat(accepted.get("total").asInt()).isEqualTo(6);
        donor.post(PATH, body, key).expectStatus().isOk()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectHeader().valueEquals("Location", statusUrl)
                .expectBody().jsonPath("$.batchId").isEqualTo(accepted.get("batchId").asString());

        byte[] completed = completed(donor, statusUrl);
        assertThat(ContractSchema.load("contracts/payer/schemas/SponsorshipBatchStatus.json").validate(completed))
                .isEmpty();
        assertThat(new String(completed, StandardCharsets.UTF_8)).doesNotContain(first, second, villagePaid);
        JsonNode status = BankClient.json(completed);
        assertThat(status.get("counts").propertyNames()).containsExactly("sponsored", "rejected", "pending");
        assertThat(status.at("/counts/sponsored").asInt()).isEqualTo(2);
        assertThat(status.at("/counts/rejected").asInt()).isEqualTo(4);
        JsonNode rows = status.get("rows");
        assertThat(rows.get(0).get("outcome").asString()).isEqualTo("SPONSORED");
        assertThat(rows.get(0).get("kpj").asString()).isEqualTo(firstKpj);
        assertThat(rows.get(1).get("kpj").asString()).isEqualTo(secondKpj);
        assertRejected(rows.get(2), "sponsorship-conflict", "/items/2");
        assertThat(rows.get(2).at("/problem/detail").asString()).as("as a single sponsorship tells it")
                .contains("VILLAGE_BUDGET");
        assertRejected(rows.get(3), "duplicate-in-batch", "/items/3/nik");
        assertRejected(rows.get(4), "not-found", "/items/4");
        assertThat(rows.get(4).at("/problem/detail").asString()).isEqualTo("no participant has this NIK");
        assertRejected(rows.get(5), "invalid-sponsorship", "/items/5/toMonth");
        // the core is shared by this class's tests: the donor may sponsor others of them too
        assertThat(json(donor.get("/donor/v1/participants").expectStatus().isOk()).get("items")
                .findValuesAsString("nikMasked")).contains("360301********71", "360301********72")
                .doesNotContain("360301********73");

        JsonNode bill = json(donor.post("/donor/v1/collective-bills", "{\"period\":\"2026-11\"}", key())
                .expectStatus().isCreated());
        assertThat(bill.get("members").asInt()).isEqualTo(2);
        assertThat(bill.get("totalAmount").asString()).isEqualTo("16800.00");
        BankClient bank = new BankClient(web, TestBank.ALPHA);
        String bankToken = bank.token();
        String customerNo = bill.get("customerNo").asString();
        bank.payment(bank.paymentBody(customerNo, BankClient.newExternalId(), "16800.00", "N"), bankToken, t -> {})
                .expectStatus().isOk()
                .expectBody().jsonPath("$.virtualAccountData.paymentFlagStatus").isEqualTo("00");
        assertThat(json(bank.payment(bank.paymentBody(customerNo, BankClient.newExternalId(), "16800.00", "N"),
                bankToken, t -> {}).expectStatus().isNotFound()).get("responseCode").asString())
                .as("a paid bill, as SNAP says").isEqualTo("4042514");
        assertThat(search(village, first).get("paidUpTo").asString()).isEqualTo("2026-11");
        assertThat(search(village, second).get("paidUpTo").asString()).isEqualTo("2026-11");
        assertThat(search(village, villagePaid).get("paidUpTo").isNull()).as("the village still pays its own").isTrue();
    }

    /** The row's key is derived from the batch and its index: run again, the core answers what it made, no conflict. */
    @Test
    void aRowRunAgainSponsorsNoOneTwice() {
        PayerClient donor = new PayerClient(web, TestPayer.CSR);
        String nik = "3603011003900174";
        enroll(new VillageClient(web, TestVillage.SAGA), nik, "SELF");
        JsonNode accepted = json(donor.post(PATH, batch(item(nik, "2026-12", "2027-01")), key())
                .expectStatus().isAccepted());
        String batchId = accepted.get("batchId").asString();
        String kpj = BankClient.json(completed(donor, accepted.get("statusUrl").asString()))
                .at("/rows/0/kpj").asString();

        TestDatabase.execute("update batch_row set outcome = 'PENDING', kpj = null where batch_id = '" + batchId + "'");
        TestDatabase.execute("insert into outbox (kind, aggregate_id, state) select 'DONOR_SPONSORSHIP_ROW', id,"
                + " 'PENDING' from batch_row where batch_id = '" + batchId + "'");
        JsonNode again = BankClient.json(completed(donor, accepted.get("statusUrl").asString())).at("/rows/0");

        assertThat(again.get("outcome").asString()).isEqualTo("SPONSORED");
        assertThat(again.get("kpj").asString()).isEqualTo(kpj);
        assertThat(coreSponsored(TestPayer.CSR.payerId()).findValuesAsString("kpj"))
                .as("sponsored once").containsOnlyOnce(kpj);
    }

    @Test
    void onlyTheDonorReadsItsBatchAnotherDonorsOrAnAgentsIsNotFound() {
        PayerClient csr = new PayerClient(web, TestPayer.CSR);
        PayerClient agent = new PayerClient(web, TestPayer.AGENT);
        String statusUrl = json(csr.post(PATH, batch(item("3603011003900175", "2026-12", "2026-12")), key())
                .expectStatus().isAccepted()).get("statusUrl").asString();
        String donorBatch = statusUrl.substring(statusUrl.lastIndexOf('/') + 1);
        String agentBatch = json(agent.post("/agent/v1/enrollment-batches", "{\"items\":["
                + PayerClient.example("AgentEnrollmentRequest/valid/ride-hailing-driver.json") + "]}", key())
                .expectStatus().isAccepted()).get("batchId").asString();

        new PayerClient(web, TestPayer.ZAKAT).get(statusUrl).expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "not-found");
        csr.get(PATH + "/" + agentBatch).expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "not-found");
        agent.get("/agent/v1/enrollment-batches/" + donorBatch).expectStatus().isNotFound();
        agent.get(statusUrl).expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "insufficient-scope");
        agent.post(PATH, batch(item("3603011003900175", "2026-12", "2026-12")), key()).expectStatus().isForbidden();
    }

    @Test
    void aBatchBreakingTheSchemaIsRefusedWholeAndNothingIsStored() {
        PayerClient donor = new PayerClient(web, TestPayer.CSR);
        String batches = "select count(*) from batch where partner_id = '" + TestPayer.CSR.id() + "'";
        long before = TestDatabase.count(batches);

        donor.post(PATH, batch(item("3603011003900176", "2026-12", "2026-12"),
                        item("3603011003900177", "2026-12", "2026-12").replace("}", ",\"donorId\":\"BAZNAS-3603\"}")),
                        key())
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/items/1/donorId");
        donor.post(PATH, "{\"items\":[]}", key()).expectStatus().isBadRequest();

        assertThat(TestDatabase.count(batches)).isEqualTo(before);
    }

    /** As an agent's (AgentEnrollmentBatchEndToEndIT): a batch is judged when accepted, its rows run later. */
    @Test
    void rowsStillQueuedWhenTheDonorIsDisabledAreRejectedSayingWhyAndNeverReachTheCore() {
        VillageClient village = new VillageClient(web, TestVillage.SAGA);
        enroll(village, "3603011003900181", "SELF");
        enroll(village, "3603011003900182", "SELF");
        PartnerAdminClient admin = new PartnerAdminClient(
                GatewayIntegrationTest.client("http://127.0.0.1:" + internalPort));
        String id = PartnerAdminClient.unique("batch-donor-");
        String payerId = PartnerAdminClient.unique("CSR-");
        JsonNode registered = admin.registered("payers", PartnerAdminClient.payerBody(id, "DONOR", payerId));
        PartnerApiClient donor = new PartnerApiClient(web, id, registered.get("clientSecret").asString());
        JsonNode accepted = json(donor.post(PATH, batch(item("3603011003900181", "2026-12", "2027-01"),
                item("3603011003900182", "2026-12", "2027-01")), key()).expectStatus().isAccepted());

        admin.act(id, "disable", null).expectStatus().isOk();
        String batchId = accepted.get("batchId").asString();
        assertThat(BatchRowRecords.drainedUntilSettled(relay, batchId)).isTrue();

        assertThat(BatchRowRecords.rejectedWith(batchId, "insufficient-scope", "the partner is disabled")).isEqualTo(2);
        assertThat(coreSponsored(payerId)).as("the core sponsored none of them").isEmpty();
    }

    /** Drains the relay until the batch is COMPLETED, within a deadline; its status as the donor reads it. */
    private byte[] completed(PayerClient donor, String statusUrl) {
        AtomicReference<byte[]> last = new AtomicReference<>();
        boolean done = Poll.until(Duration.ofSeconds(30), () -> {
            relay.drain().block(Duration.ofSeconds(20));
            last.set(donor.get(statusUrl).expectStatus().isOk().expectBody().returnResult().getResponseBodyContent());
            return "COMPLETED".equals(BankClient.json(last.get()).get("status").asString());
        });
        assertThat(done).as("the batch completed in time").isTrue();
        return last.get();
    }

    private static void assertRejected(JsonNode row, String slug, String pointer) {
        assertThat(row.get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(row.has("kpj")).isFalse();
        assertThat(row.at("/problem/type").asString()).isEqualTo(PROBLEMS + slug);
        assertThat(row.at("/problem/pointer").asString()).isEqualTo(pointer);
    }

    /** What the core itself holds as the donor's sponsorships, unmasked: items with their months. */
    private static JsonNode coreSponsored(String payerId) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(CORE.baseUrl() + "/core/v1/donors/" + payerId + "/sponsored")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return BankClient.json(answer.body().getBytes(StandardCharsets.UTF_8)).get("items");
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String batch(String... items) {
        return "{\"items\":[" + String.join(",", items) + "]}";
    }

    private static String item(String nik, String from, String to) {
        return "{\"nik\":\"" + nik + "\",\"fromMonth\":\"" + from + "\",\"toMonth\":\"" + to + "\"}";
    }

    private static JsonNode enroll(VillageClient village, String nik, String payer) {
        return json(village.post("/village/v1/enrollments", VillageClient.enrollment(nik, "3603012001", payer,
                "2026-11"), key()).expectStatus().isCreated());
    }

    private static JsonNode search(VillageClient village, String nik) {
        return json(village.post("/village/v1/participants/search", "{\"nik\":\"" + nik + "\"}", key())
                .expectStatus().isOk());
    }

    private static JsonNode json(WebTestClient.ResponseSpec response) {
        return BankClient.json(response.expectBody().returnResult().getResponseBodyContent());
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
