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
import java.time.Duration;
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
 * Keeping participants active, as a regency's software sees it (domain.md section 4): someone registered on 25
 * October and paid by a bank is covered to 24 November, so on 22 November their period ends this month; someone
 * registered on 22 November and not paid has lapsed at once. Both show per village and payer, and in the preview of
 * the village budget's collective bill, which makes nothing.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = GatewayIntegrationTest.PATIENCE)
@DirtiesContext
class RenewalsEndToEndIT {

    /** Desa Saga as the Kemendagri list codes it: no demo participant lives there. */
    private static final String VILLAGE = "3603012014";
    private static final MutableClock CLOCK = MutableClock.atJakarta("2026-10-25T10:00:00");
    private static final CoreSimulator CORE = CoreSimulator.start(CoreSimulatorSettings.defaults().withClock(CLOCK));

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
    void showsWhoEndsThisMonthAndWhoLapsedPerVillageAndPayerAndInTheCollectiveBillsPreview() {
        VillageClient regency = new VillageClient(web, TestVillage.TANGERANG);
        BankClient bank = new BankClient(web, TestBank.ALPHA);
        String endingKpj = enroll(regency, "3603011003900031", "VILLAGE_BUDGET", "2026-10");
        String selfPaidKpj = enroll(regency, "3603011003900032", "SELF", "2026-10");
        String token = bank.token();
        for (String kpj : List.of(endingKpj, selfPaidKpj)) {
            bank.payment(bank.paymentBody(kpj, BankClient.newExternalId(), "8400.00", "N"), token, t -> {})
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.virtualAccountData.paymentFlagStatus").isEqualTo("00");
        }
        CLOCK.advance(Duration.ofDays(28)); // 22 November
        String lapsedKpj = enroll(regency, "3603011003900033", "VILLAGE_BUDGET", "2026-11");

        JsonNode budget = get(regency, "/village/v1/villages/" + VILLAGE + "/renewals?payerType=VILLAGE_BUDGET");
        JsonNode everyone = get(regency, "/village/v1/villages/" + VILLAGE + "/renewals");

        assertThat(budget.get("asOf").asString()).isEqualTo("2026-11-22");
        assertThat(kpjs(budget.get("endingThisMonth"))).containsExactly(endingKpj);
        assertThat(budget.at("/endingThisMonth/0/coveredUntil").asString()).isEqualTo("2026-11-24");
        assertThat(budget.at("/endingThisMonth/0/nikMasked").asString()).isEqualTo("360301********31");
        assertThat(kpjs(budget.get("lapsed"))).containsExactly(lapsedKpj);
        assertThat(kpjs(everyone.get("endingThisMonth"))).containsExactlyInAnyOrder(endingKpj, selfPaidKpj);

        JsonNode preview = get(regency, "/village/v1/villages/" + VILLAGE + "/collective-bill-preview?period=2026-11");
        assertThat(preview.get("billed").asBoolean()).isFalse();
        assertThat(preview.get("members").asInt()).isEqualTo(2);
        // November 2026, lowest band, paid by a village budget: PP 50/2025's 8,400 each
        assertThat(preview.get("totalAmount").asString()).isEqualTo("16800.00");
        assertThat(kpjs(preview.get("endingThisMonth"))).containsExactly(endingKpj);
        assertThat(kpjs(preview.get("lapsed"))).containsExactly(lapsedKpj);
        regency.get("/village/v1/villages/3201012001/renewals").expectStatus().isForbidden();
        regency.get("/village/v1/villages/" + VILLAGE + "/renewals?payerType=APBN").expectStatus().isBadRequest();
        regency.get("/village/v1/villages/" + VILLAGE + "/collective-bill-preview").expectStatus().isBadRequest();
    }

    private static String enroll(VillageClient village, String nik, String payer, String firstMonth) {
        String enrollment = VillageClient.enrollment(nik, VILLAGE, payer, firstMonth);
        return BankClient.json(village.post("/village/v1/enrollments", enrollment, UUID.randomUUID().toString())
                .expectStatus().isCreated().expectBody().returnResult().getResponseBodyContent())
                .get("kpj").asString();
    }

    private static JsonNode get(VillageClient village, String path) {
        return BankClient.json(village.get(path).expectStatus().isOk().expectBody().returnResult()
                .getResponseBodyContent());
    }

    private static List<String> kpjs(JsonNode statuses) {
        List<String> kpjs = new ArrayList<>();
        statuses.forEach(status -> kpjs.add(status.get("kpj").asString()));
        return kpjs;
    }
}
