package id.jamsostek.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.core.simulator.CoreSimulator;
import id.jamsostek.core.simulator.CoreSimulatorSettings;
import id.jamsostek.core.simulator.MutableClock;
import id.jamsostek.gateway.GatewayApplication;
import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.GatewayTestProperties;
import id.jamsostek.gateway.support.PayerClient;
import id.jamsostek.gateway.support.TestBank;
import id.jamsostek.gateway.support.TestPayer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * A Perisai agent as a payer: it registers two informal workers of Desa Saga (a ride-hailing driver and a street
 * vendor), sees only them and masked, gets one collective bill for November and a bank pays it over SNAP; another
 * agent cannot read them. On 22 November 2026 (Asia/Jakarta), against the simulator, lowest band, self-paid through
 * the agent: PP 50/2025 gives Rp8,400 each (transport and other sectors are both discounted in November 2026).
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = GatewayIntegrationTest.PATIENCE)
@DirtiesContext
class AgentCollectionEndToEndIT {

    private static final CoreSimulator CORE = CoreSimulator.start(CoreSimulatorSettings.defaults()
            .withClock(MutableClock.atJakarta("2026-11-22T10:00:00")));
    private static final String PROBLEMS = "https://api.jamsostek.example/problems/";
    private static final String DRIVER = "3603011003900071";
    private static final String VENDOR = "3603011003900072";

    @Autowired
    WebTestClient web;

    @DynamicPropertySource
    static void core(DynamicPropertyRegistry registry) {
        GatewayTestProperties.register(registry, CORE::baseUrl);
    }

    @AfterAll
    static void stopCore() {
        CORE.stop();
    }

    @Test
    void anAgentRegistersWorkersGetsOneBillAndABankPaysItOnce() {
        PayerClient agent = new PayerClient(web, TestPayer.AGENT);
        register(agent, DRIVER, "TRANSPORT").expectStatus().isCreated()
                .expectBody().jsonPath("$.status").isEqualTo("ENROLLED");
        register(agent, VENDOR, "OTHER").expectStatus().isCreated();

        byte[] listed = agent.get("/agent/v1/participants").expectStatus().isOk().expectBody().returnResult()
                .getResponseBodyContent();
        assertThat(new String(listed, StandardCharsets.UTF_8)).doesNotContain(DRIVER, VENDOR, "DEDI");
        assertThat(BankClient.json(listed).get("items").findValuesAsString("nikMasked"))
                .contains("360301********71", "360301********72");

        JsonNode bill = json(agent.post("/agent/v1/collective-bills", "{\"period\":\"2026-11\"}", key())
                .expectStatus().isCreated());
        String customerNo = bill.get("customerNo").asString();
        assertThat(customerNo).matches("02[0-9]{10}");
        assertThat(bill.get("payerKind").asString()).isEqualTo("AGENT");
        assertThat(bill.get("members").asInt()).isEqualTo(2);
        assertThat(bill.get("totalAmount").asString()).isEqualTo("16800.00");

        BankClient bank = new BankClient(web, TestBank.ALPHA);
        String token = bank.token();
        JsonNode inquiry = json(bank.inquiry(bank.inquiryBody(customerNo), token).expectStatus().isOk())
                .get("virtualAccountData");
        assertThat(inquiry.at("/totalAmount/value").asString()).isEqualTo("16800.00");
        bank.payment(bank.paymentBody(customerNo, BankClient.newExternalId(), "16800.00", "N"), token, t -> {})
                .expectStatus().isOk()
                .expectBody().jsonPath("$.virtualAccountData.paymentFlagStatus").isEqualTo("00");
        JsonNode second = json(bank.payment(bank.paymentBody(customerNo, BankClient.newExternalId(), "16800.00", "N"),
                token, t -> {}).expectStatus().isNotFound());
        assertThat(second.get("responseCode").asString()).as("a paid bill, as SNAP says").isEqualTo("4042514");

        for (String nik : new String[] {DRIVER, VENDOR}) {
            JsonNode worker = json(agent.post("/agent/v1/participants/search", "{\"nik\":\"" + nik + "\"}", key())
                    .expectStatus().isOk());
            assertThat(worker.get("paidUpTo").asString()).isEqualTo("2026-11");
            assertThat(worker.at("/payer/type").asString()).isEqualTo("SELF");
        }
        agent.post("/agent/v1/collective-bills", "{\"period\":\"2026-11\"}", key()).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "bill-already-paid");
    }

    @Test
    void anotherAgentReadsNoneOfTheWorkersAndBillsNoneOfThem() {
        PayerClient agent = new PayerClient(web, TestPayer.AGENT);
        PayerClient other = new PayerClient(web, TestPayer.OTHER_AGENT);
        String worker = "3603011003900073";
        // from December: the core is shared by this class's tests, and November's bill is the first test's
        register(agent, worker, "OTHER", "2026-12").expectStatus().isCreated();

        other.post("/agent/v1/participants/search", "{\"nik\":\"" + worker + "\"}", key()).expectStatus().isNotFound()
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "not-found")
                .jsonPath("$.kpj").doesNotExist();
        assertThat(json(other.get("/agent/v1/participants").expectStatus().isOk()).get("items")).isEmpty();
        other.post("/agent/v1/collective-bills", "{\"period\":\"2026-11\"}", key()).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "no-members");
        register(other, worker, "OTHER").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "already-participant")
                .jsonPath("$.kpj").doesNotExist();
        assertThat(json(agent.post("/agent/v1/participants/search", "{\"nik\":\"" + worker + "\"}", key())
                .expectStatus().isOk()).get("nikMasked").asString()).isEqualTo("360301********73");
    }

    @Test
    void anAgentNamesNoPayerAndReachesNoDonorOperation() {
        PayerClient agent = new PayerClient(web, TestPayer.AGENT);
        String withPayer = PayerClient.example("AgentEnrollmentRequest/invalid/names-a-payer.json")
                .replace("3603011003900052", "3603011003900074");
        agent.post("/agent/v1/enrollments", withPayer, key()).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/payer");
        agent.post("/agent/v1/participants/search", "{\"nik\":\"3603011003900074\"}", key()).expectStatus()
                .isNotFound();
        agent.post("/donor/v1/sponsorships", "{\"nik\":\"3603011003900071\",\"fromMonth\":\"2026-12\","
                + "\"toMonth\":\"2027-01\"}", key()).expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "insufficient-scope");
        new PayerClient(web, TestPayer.CSR).get("/agent/v1/participants").expectStatus().isForbidden();
    }

    private static WebTestClient.ResponseSpec register(PayerClient agent, String nik, String sector) {
        return register(agent, nik, sector, "2026-11");
    }

    /** The contract's ride-hailing driver (born 10 March 1990) with the NIK, sector and first month given. */
    private static WebTestClient.ResponseSpec register(PayerClient agent, String nik, String sector,
            String firstMonth) {
        String form = PayerClient.example("AgentEnrollmentRequest/valid/ride-hailing-driver.json")
                .replace("3603011003900052", nik).replace("\"TRANSPORT\"", "\"" + sector + "\"")
                .replace("\"firstMonth\": \"2026-11\"", "\"firstMonth\": \"" + firstMonth + "\"");
        return agent.post("/agent/v1/enrollments", form, key());
    }

    private static JsonNode json(WebTestClient.ResponseSpec response) {
        return BankClient.json(response.expectBody().returnResult().getResponseBodyContent());
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
