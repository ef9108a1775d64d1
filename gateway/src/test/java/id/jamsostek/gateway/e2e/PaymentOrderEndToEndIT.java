package id.jamsostek.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.core.simulator.CoreSimulator;
import id.jamsostek.core.simulator.CoreSimulatorSettings;
import id.jamsostek.gateway.GatewayApplication;
import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.GatewayTestProperties;
import id.jamsostek.gateway.support.TestBank;
import id.jamsostek.gateway.support.TestVillage;
import id.jamsostek.gateway.support.VillageClient;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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
 * Paying months ahead, as domain.md section 4 tells it: a core whose today is 14 November 2026 (Asia/Jakarta), a
 * village enrolling someone that day (months roll from the 14th), ordering three months through the village API, a
 * bank's inquiry showing the order with the days it covers, the bank paying it, and the search showing it paid up.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = GatewayIntegrationTest.PATIENCE)
@DirtiesContext
class PaymentOrderEndToEndIT {

    private static final CoreSimulator CORE_ON_14_NOVEMBER = CoreSimulator.start(CoreSimulatorSettings.defaults()
            .withClock(Clock.fixed(Instant.parse("2026-11-14T03:00:00Z"), ZoneOffset.UTC)));

    @Autowired
    WebTestClient web;

    @DynamicPropertySource
    static void pinnedCore(DynamicPropertyRegistry registry) {
        GatewayTestProperties.register(registry, CORE_ON_14_NOVEMBER::baseUrl);
    }

    @AfterAll
    static void stopCore() {
        CORE_ON_14_NOVEMBER.stop();
    }

    @Test
    void aVillageOrdersThreeMonthsAheadAndABankShowsAndPaysThem() {
        VillageClient saga = new VillageClient(web, TestVillage.SAGA);
        BankClient bank = new BankClient(web, TestBank.ALPHA);
        String token = bank.token();
        String nik = "3603011003900021";
        String kpj = enroll(saga, nik);
        JsonNode first = inquiry(bank, token, kpj);
        assertThat(first.at("/freeTexts/0/english").asString()).isEqualTo("Covered 14-11-2026 to 13-12-2026");
        pay(bank, token, kpj, first.at("/totalAmount/value").asString());

        String orderBody = "{\"nik\":\"" + nik + "\",\"months\":3}";
        String key = UUID.randomUUID().toString();
        JsonNode order = BankClient.json(saga.post("/village/v1/payment-orders", orderBody, key)
                .expectStatus().isCreated().expectBody().returnResult().getResponseBodyContent());

        assertThat(order.get("customerNo").asString()).isEqualTo(kpj);
        assertThat(order.get("nik").asString()).isEqualTo("360301********21");
        assertThat(order.get("periods").toString()).isEqualTo("[\"2026-12\",\"2027-01\",\"2027-02\"]");
        assertThat(order.get("coverageFrom").asString()).isEqualTo("2026-12-14");
        assertThat(order.get("coverageTo").asString()).isEqualTo("2027-03-13");
        // December 2026 under PP 50/2025 (8,400), January and February 2027 in full (16,800 each)
        assertThat(order.get("totalAmount").asString()).isEqualTo("42000.00");
        saga.post("/village/v1/payment-orders", orderBody, key).expectStatus().isOk()
                .expectHeader().valueEquals("Idempotent-Replayed", "true");

        JsonNode shown = inquiry(bank, token, nik);
        assertThat(shown.at("/totalAmount/value").asString()).isEqualTo("42000.00");
        assertThat(shown.get("freeTexts").toString()).contains("Covered 14-12-2026 to 13-03-2027",
                "Masa 14-12-2026 s.d. 13-03-2027", "Iuran 2026-12", "Iuran 2027-02");
        pay(bank, token, nik, "42000.00");

        JsonNode status = BankClient.json(saga.post("/village/v1/participants/search", "{\"nik\":\"" + nik + "\"}",
                UUID.randomUUID().toString()).expectStatus().isOk().expectBody().returnResult()
                .getResponseBodyContent());
        assertThat(status.get("paidUpTo").asString()).isEqualTo("2027-02");
    }

    @Test
    void refusesThirteenMonthsAndParticipantsOutsideTheVillage() {
        VillageClient saga = new VillageClient(web, TestVillage.SAGA);
        VillageClient bogor = new VillageClient(web, TestVillage.BOGOR);
        String nik = "3603011003900022";
        enroll(saga, nik);

        saga.post("/village/v1/payment-orders", "{\"nik\":\"" + nik + "\",\"months\":13}",
                UUID.randomUUID().toString()).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("https://api.jamsostek.example/problems/invalid-field-format");
        bogor.post("/village/v1/payment-orders", "{\"nik\":\"" + nik + "\",\"months\":2}",
                UUID.randomUUID().toString()).expectStatus().isNotFound();
        saga.post("/village/v1/payment-orders", "{\"nik\":\"" + nik + "\",\"months\":12}",
                UUID.randomUUID().toString()).expectStatus().isCreated();
    }

    private String enroll(VillageClient village, String nik) {
        String enrollment = VillageClient.enrollment(nik, "3603012001", "SELF", "2026-11");
        JsonNode enrolled = BankClient.json(village.post("/village/v1/enrollments", enrollment,
                UUID.randomUUID().toString()).expectStatus().isCreated().expectBody().returnResult()
                .getResponseBodyContent());
        return enrolled.get("kpj").asString();
    }

    private static JsonNode inquiry(BankClient bank, String token, String customerNo) {
        byte[] answer = bank.inquiry(bank.inquiryBody(customerNo), token).expectStatus().isOk()
                .expectBody().returnResult().getResponseBodyContent();
        return BankClient.json(answer).get("virtualAccountData");
    }

    private static void pay(BankClient bank, String token, String customerNo, String amount) {
        bank.payment(bank.paymentBody(customerNo, BankClient.newExternalId(), amount, "N"), token, t -> {})
                .expectStatus().isOk()
                .expectBody().jsonPath("$.virtualAccountData.paymentFlagStatus").isEqualTo("00");
    }
}
