package id.jamsostek.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.core.simulator.CoreSimulator;
import id.jamsostek.core.simulator.CoreSimulatorSettings;
import id.jamsostek.core.simulator.MutableClock;
import id.jamsostek.gateway.GatewayApplication;
import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.GatewayTestProperties;
import id.jamsostek.gateway.support.TestBank;
import id.jamsostek.gateway.support.TestVillage;
import id.jamsostek.gateway.support.VillageClient;
import java.math.BigDecimal;
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
 * A regency's budget (APBD) as a payer beyond the village: Kab. Tangerang's software enrolls vulnerable workers of two
 * of its villages with the regency budget as payer, gets one collective bill for them, and a bank pays it over SNAP;
 * village software cannot name the regency's budget. On 22 November 2026 (Asia/Jakarta), against the simulator.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = GatewayIntegrationTest.PATIENCE)
@DirtiesContext
class RegencyBudgetEndToEndIT {

    private static final CoreSimulator CORE = CoreSimulator.start(CoreSimulatorSettings.defaults()
            .withClock(MutableClock.atJakarta("2026-11-22T10:00:00")));

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
    void aRegencyEnrollsAcrossItsVillagesGetsOneBillAndABankPaysIt() {
        VillageClient regency = new VillageClient(web, TestVillage.TANGERANG);
        String saga = "3603011003900041";
        String pasirBolang = "3603011003900042";
        enroll(regency, saga, "3603012014").expectStatus().isCreated();
        enroll(regency, pasirBolang, "3603032002").expectStatus().isCreated();

        JsonNode bill = BankClient.json(regency.post("/village/v1/collective-bills",
                "{\"regencyCode\":\"3603\",\"period\":\"2026-11\"}", UUID.randomUUID().toString())
                .expectStatus().isCreated().expectBody().returnResult().getResponseBodyContent());

        assertThat(bill.get("customerNo").asString()).isEqualTo("360300000002");
        assertThat(bill.get("regencyCode").asString()).isEqualTo("3603");
        assertThat(bill.get("payerType").asString()).isEqualTo("REGENCY_BUDGET");
        assertThat(bill.get("members").asInt()).isEqualTo(2);
        // an APBD is not discounted under PP 50/2025: 16,800 each at the lowest band
        assertThat(bill.get("totalAmount").asString()).isEqualTo("33600.00");

        BankClient bank = new BankClient(web, TestBank.ALPHA);
        String token = bank.token();
        JsonNode inquiry = BankClient.json(bank.inquiry(bank.inquiryBody("360300000002"), token).expectStatus().isOk()
                .expectBody().returnResult().getResponseBodyContent()).get("virtualAccountData");
        assertThat(inquiry.at("/totalAmount/value").asString()).isEqualTo("33600.00");
        bank.payment(bank.paymentBody("360300000002", BankClient.newExternalId(), "33600.00", "N"), token, t -> {})
                .expectStatus().isOk()
                .expectBody().jsonPath("$.virtualAccountData.paymentFlagStatus").isEqualTo("00");

        for (String nik : new String[] {saga, pasirBolang}) {
            JsonNode status = BankClient.json(regency.post("/village/v1/participants/search",
                    "{\"nik\":\"" + nik + "\"}", UUID.randomUUID().toString()).expectStatus().isOk().expectBody()
                    .returnResult().getResponseBodyContent());
            assertThat(status.get("paidUpTo").asString()).isEqualTo("2026-11");
            assertThat(status.at("/payer/type").asString()).isEqualTo("REGENCY_BUDGET");
        }
    }

    @Test
    void villageSoftwareNamesNeitherTheRegencysBudgetNorItsBill() {
        VillageClient village = new VillageClient(web, TestVillage.SAGA);

        enroll(village, "3603011003900043", "3603012001").expectStatus().isForbidden()
                .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/payer/type");
        village.post("/village/v1/collective-bills", "{\"regencyCode\":\"3603\",\"period\":\"2026-11\"}",
                UUID.randomUUID().toString()).expectStatus().isForbidden();
    }

    @Test
    void anEnrollmentThatWouldExceedTheAnnualCeilingIsRefusedSayingWhatRemains() {
        VillageClient regency = new VillageClient(web, TestVillage.TANGERANG);
        String path = "/village/v1/payer-budgets/3603/2027";
        regency.put(path, "{\"ceiling\":\"1000000.00\"}").expectStatus().isOk();
        BigDecimal committed = new BigDecimal(get(regency, path).get("committed").asString());
        String ceiling = committed.add(new BigDecimal("300000.00")).toPlainString();
        JsonNode set = BankClient.json(regency.put(path, "{\"ceiling\":\"" + ceiling + "\"}").expectStatus().isOk()
                .expectBody().returnResult().getResponseBodyContent());
        assertThat(set.get("remaining").asString()).isEqualTo("300000.00");

        // January to December 2027 at the lowest band, an APBD: 12 x 16,800 = 201,600 each
        enroll(regency, "3603011003900044", "3603012014", "2027-01").expectStatus().isCreated();
        enroll(regency, "3603011003900045", "3603012014", "2027-01").expectStatus().isEqualTo(422)
                .expectHeader().contentType("application/problem+json")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://api.jamsostek.example/problems/budget-exceeded")
                .jsonPath("$.budgetYear").isEqualTo(2027)
                .jsonPath("$.remainingBudget").isEqualTo("98400.00")
                .jsonPath("$.enrollmentCost").isEqualTo("201600.00");
        assertThat(get(regency, path).get("remaining").asString()).isEqualTo("98400.00");
        new VillageClient(web, TestVillage.SAGA).get("/village/v1/payer-budgets/3603/2027").expectStatus()
                .isForbidden();
    }

    private static JsonNode get(VillageClient client, String path) {
        return BankClient.json(client.get(path).expectStatus().isOk().expectBody().returnResult()
                .getResponseBodyContent());
    }

    private static WebTestClient.ResponseSpec enroll(VillageClient client, String nik, String village) {
        return enroll(client, nik, village, "2026-11");
    }

    private static WebTestClient.ResponseSpec enroll(VillageClient client, String nik, String village,
            String firstMonth) {
        String enrollment = VillageClient.enrollment(nik, village, "REGENCY_BUDGET", firstMonth)
                .replace("\"role\": \"CADRE\"", "\"role\": \"VULNERABLE_WORKER\"");
        return client.post("/village/v1/enrollments", enrollment, UUID.randomUUID().toString());
    }
}
