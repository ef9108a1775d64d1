package id.jamsostek.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.core.simulator.CoreSimulator;
import id.jamsostek.core.simulator.CoreSimulatorSettings;
import id.jamsostek.core.simulator.demo.DemoSeed;
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
import java.util.ArrayList;
import java.util.List;
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
 * PP 50/2025 as a bank sees it: a core whose today is 22 November 2026 (Asia/Jakarta), village software enrolling
 * people of either sector and payer, and a bank's inquiry showing each one's bill for its month, discounted or not.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = GatewayIntegrationTest.PATIENCE)
@DirtiesContext
class BpuDiscountEndToEndIT {

    private static final CoreSimulator NOVEMBER_2026_CORE = CoreSimulator.start(CoreSimulatorSettings.defaults()
            .withClock(Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), ZoneOffset.UTC)));

    @Autowired
    WebTestClient web;

    @DynamicPropertySource
    static void pinnedCore(DynamicPropertyRegistry registry) {
        GatewayTestProperties.register(registry, NOVEMBER_2026_CORE::baseUrl);
    }

    @AfterAll
    static void stopCore() {
        NOVEMBER_2026_CORE.stop();
    }

    @Test
    void aBankSeesTheDiscountedBillOfASelfPaidParticipantInNovember2026AndItIsPaid() {
        BankClient bank = new BankClient(web, TestBank.ALPHA);
        String token = bank.token();

        JsonNode data = inquiry(bank, token, DemoSeed.SITI_NIK);

        assertThat(data.at("/totalAmount/value").asString()).isEqualTo("8400.00");
        assertThat(lines(data)).containsExactly("JKK 5000.00", "JKM 3400.00", "JKP 0.00");
        bank.payment(bank.paymentBody(DemoSeed.SITI_NIK, BankClient.newExternalId(), "8400.00", "N"), token, t -> {})
                .expectStatus().isOk()
                .expectBody().jsonPath("$.virtualAccountData.paymentFlagStatus").isEqualTo("00");
    }

    @Test
    void theMonthSectorAndPayerDecideWhatABankShows() {
        VillageClient saga = new VillageClient(web, TestVillage.SAGA);
        BankClient bank = new BankClient(web, TestBank.ALPHA);
        String token = bank.token();

        // transport: discounted through March 2027, its last month
        assertThat(firstBillAtTheBank(saga, bank, token, "3603011003900011", "1990-03-10", "SELF", "TRANSPORT",
                "2027-03")).isEqualTo("8400.00");
        // any other sector: the discount ended with December 2026
        assertThat(firstBillAtTheBank(saga, bank, token, "3603011003900012", "1990-03-10", "SELF", "OTHER",
                "2027-01")).isEqualTo("16800.00");
        // a village budget is discounted by default, a regency budget (APBD) never
        assertThat(firstBillAtTheBank(saga, bank, token, "3603011003900013", "1990-03-10", "VILLAGE_BUDGET", null,
                "2026-12")).isEqualTo("8400.00");
        // only software serving the whole regency names its budget as payer
        VillageClient regency = new VillageClient(web, TestVillage.TANGERANG);
        assertThat(firstBillAtTheBank(regency, bank, token, "3603011003900014", "1990-03-10", "REGENCY_BUDGET",
                "TRANSPORT", "2026-12")).isEqualTo("16800.00");
    }

    /** Enrolls someone on the lowest band without JHT, then asks the bank for the first bill by the KPJ. */
    private String firstBillAtTheBank(VillageClient village, BankClient bank, String token, String nik,
            String birthDate, String payer, String sector, String firstMonth) {
        String enrollment = VillageClient.example("EnrollmentRequest/valid/cadre-self-paying.json")
                .replaceAll("\"nik\": \"[0-9]+\"", "\"nik\": \"" + nik + "\"")
                .replaceAll("\"birthDate\": \"[0-9-]+\"", "\"birthDate\": \"" + birthDate + "\"")
                .replace("\"sex\": \"F\"", "\"sex\": \"M\"")
                .replace("\"type\": \"SELF\"", "\"type\": \"" + payer + "\"")
                .replaceAll("\"firstMonth\": \"[0-9-]+\"", "\"firstMonth\": \"" + firstMonth + "\""
                        + (sector == null ? "" : ", \"sector\": \"" + sector + "\""));
        JsonNode enrolled = BankClient.json(village.post("/village/v1/enrollments", enrollment,
                UUID.randomUUID().toString()).expectStatus().isCreated().expectBody().returnResult()
                .getResponseBodyContent());
        String viaEnrollment = enrolled.at("/firstBill/totalAmount").asString();

        JsonNode data = inquiry(bank, token, enrolled.get("kpj").asString());

        assertThat(data.at("/totalAmount/value").asString()).as("the bank and the enrollment agree")
                .isEqualTo(viaEnrollment);
        return viaEnrollment;
    }

    private static JsonNode inquiry(BankClient bank, String token, String customerNo) {
        byte[] answer = bank.inquiry(bank.inquiryBody(customerNo), token).expectStatus().isOk()
                .expectBody().returnResult().getResponseBodyContent();
        return BankClient.json(answer).get("virtualAccountData");
    }

    private static List<String> lines(JsonNode data) {
        List<String> lines = new ArrayList<>();
        for (JsonNode line : data.get("billDetails")) {
            lines.add(line.get("billName").asString() + " " + line.at("/billAmount/value").asString());
        }
        return lines;
    }
}
