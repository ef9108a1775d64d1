package id.jamsostek.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.contracts.validation.ContractSchema;
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
import id.jamsostek.gateway.support.TestVillage;
import id.jamsostek.gateway.support.VillageClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Keeping participants active as a donor and a Perisai agent see it (domain.md section 4): registered on 25 October
 * and paid by a bank, covered to 24 November, so on 22 November their period ends this month; registered on 22
 * November and not paid, lapsed at once. Each payer sees only those whose next month it pays, masked, and in the
 * preview of its collective bill, which makes nothing. Lowest band, November 2026: PP 50/2025's Rp8,400 a month.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = GatewayIntegrationTest.PATIENCE)
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PayerRenewalsEndToEndIT {

    private static final MutableClock CLOCK = MutableClock.atJakarta("2026-10-25T10:00:00");
    private static final CoreSimulator CORE = CoreSimulator.start(CoreSimulatorSettings.defaults().withClock(CLOCK));
    private static final String PROBLEMS = "https://api.jamsostek.example/problems/";
    private static final String SPONSORED_ENDING = "3603011003900081";
    private static final String ZAKATS_ENDING = "3603011003900082";
    private static final String SPONSORED_UNPAID = "3603011003900083";
    private static final String WORKER_ENDING = "3603011003900084";
    private static final String OTHER_AGENTS_WORKER = "3603011003900085";
    private static final String WORKER_UNPAID = "3603011003900086";

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

    /** Once for the class's tests, which share the core and its clock (22 November after it). */
    @BeforeAll
    void prepare() {
        VillageClient village = new VillageClient(web, TestVillage.SAGA);
        PayerClient csr = new PayerClient(web, TestPayer.CSR);
        PayerClient zakat = new PayerClient(web, TestPayer.ZAKAT);
        PayerClient agent = new PayerClient(web, TestPayer.AGENT);
        BankClient bank = new BankClient(web, TestBank.ALPHA);
        List<String> paid = new ArrayList<>();
        paid.add(enroll(village, SPONSORED_ENDING, "2026-10"));
        paid.add(enroll(village, ZAKATS_ENDING, "2026-10"));
        paid.add(register(agent, WORKER_ENDING, "2026-10"));
        paid.add(register(new PayerClient(web, TestPayer.OTHER_AGENT), OTHER_AGENTS_WORKER, "2026-10"));
        String token = bank.token();
        for (String kpj : paid) {
            bank.payment(bank.paymentBody(kpj, BankClient.newExternalId(), "8400.00", "N"), token, t -> {})
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.virtualAccountData.paymentFlagStatus").isEqualTo("00");
        }
        sponsor(csr, SPONSORED_ENDING, "2026-11", "2026-12");
        sponsor(zakat, ZAKATS_ENDING, "2026-11", "2026-11");
        CLOCK.advance(Duration.ofDays(28)); // 22 November
        enroll(village, SPONSORED_UNPAID, "2026-11");
        sponsor(csr, SPONSORED_UNPAID, "2026-11", "2026-11");
        register(agent, WORKER_UNPAID, "2026-11");
    }

    @Test
    void aDonorSeesOnlyThoseWhoseNextMonthItPaysMaskedAndPreviewsItsBill() {
        PayerClient csr = new PayerClient(web, TestPayer.CSR);

        byte[] body = csr.get("/donor/v1/renewals").expectStatus().isOk().expectBody().returnResult()
                .getResponseBodyContent();

        assertThat(new String(body, StandardCharsets.UTF_8)).doesNotContain(SPONSORED_ENDING, SPONSORED_UNPAID);
        assertThat(ContractSchema.load("contracts/payer/schemas/PayerRenewals.json").validate(body)).isEmpty();
        JsonNode renewals = BankClient.json(body);
        assertThat(renewals.get("payerKind").asString()).isEqualTo("DONOR");
        assertThat(renewals.get("asOf").asString()).isEqualTo("2026-11-22");
        assertThat(masked(renewals.get("endingThisMonth"))).containsExactly("360301********81");
        assertThat(renewals.at("/endingThisMonth/0/coveredUntil").asString()).isEqualTo("2026-11-24");
        assertThat(masked(renewals.get("lapsed"))).containsExactly("360301********83");
        assertThat(masked(get(new PayerClient(web, TestPayer.ZAKAT), "/donor/v1/renewals").get("endingThisMonth")))
                .as("another donor sees only its own").containsExactly("360301********82");

        byte[] previewBody = csr.get("/donor/v1/collective-bill-preview?period=2026-11").expectStatus().isOk()
                .expectBody().returnResult().getResponseBodyContent();
        assertThat(ContractSchema.load("contracts/payer/schemas/PayerCollectiveBillPreview.json")
                .validate(previewBody)).isEmpty();
        JsonNode preview = BankClient.json(previewBody);
        assertThat(preview.get("billed").asBoolean()).isFalse();
        assertThat(preview.get("members").asInt()).isEqualTo(2);
        assertThat(preview.get("totalAmount").asString()).isEqualTo("16800.00");
        assertThat(masked(preview.get("endingThisMonth"))).containsExactly("360301********81");
        assertThat(masked(preview.get("lapsed"))).containsExactly("360301********83");

        JsonNode bill = BankClient.json(csr.post("/donor/v1/collective-bills", "{\"period\":\"2026-11\"}", key())
                .expectStatus().isCreated().expectBody().returnResult().getResponseBodyContent());
        assertThat(bill.get("totalAmount").asString()).as("the bill the preview showed").isEqualTo("16800.00");
        assertThat(bill.get("members").asInt()).isEqualTo(2);
        assertThat(get(csr, "/donor/v1/collective-bill-preview?period=2026-11").get("billed").asBoolean()).isTrue();
    }

    @Test
    void anAgentSeesOnlyItsOwnWorkers() {
        PayerClient agent = new PayerClient(web, TestPayer.AGENT);

        JsonNode renewals = get(agent, "/agent/v1/renewals");
        JsonNode preview = get(agent, "/agent/v1/collective-bill-preview?period=2026-11");

        assertThat(renewals.get("payerKind").asString()).isEqualTo("AGENT");
        assertThat(masked(renewals.get("endingThisMonth"))).containsExactly("360301********84");
        assertThat(masked(renewals.get("lapsed"))).containsExactly("360301********86");
        assertThat(preview.get("members").asInt()).isEqualTo(2);
        assertThat(preview.get("totalAmount").asString()).isEqualTo("16800.00");
        assertThat(masked(get(new PayerClient(web, TestPayer.OTHER_AGENT), "/agent/v1/renewals")
                .get("endingThisMonth"))).containsExactly("360301********85");
    }

    @Test
    void refusesABadPeriodAndTheOtherKindsScope() {
        PayerClient csr = new PayerClient(web, TestPayer.CSR);
        PayerClient agent = new PayerClient(web, TestPayer.AGENT);

        csr.get("/donor/v1/collective-bill-preview").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "invalid-query-parameter");
        agent.get("/agent/v1/collective-bill-preview?period=2026-13").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "invalid-query-parameter");
        agent.get("/donor/v1/renewals").expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "insufficient-scope");
        csr.get("/agent/v1/collective-bill-preview?period=2026-11").expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "insufficient-scope");
    }

    private static String enroll(VillageClient village, String nik, String firstMonth) {
        return kpj(village.post("/village/v1/enrollments", VillageClient.enrollment(nik, "3603012001", "SELF",
                firstMonth), key()));
    }

    /** The contract's ride-hailing driver with the NIK and first month given. */
    private static String register(PayerClient agent, String nik, String firstMonth) {
        String form = PayerClient.example("AgentEnrollmentRequest/valid/ride-hailing-driver.json")
                .replace("3603011003900052", nik)
                .replace("\"firstMonth\": \"2026-11\"", "\"firstMonth\": \"" + firstMonth + "\"");
        return kpj(agent.post("/agent/v1/enrollments", form, key()));
    }

    private static void sponsor(PayerClient donor, String nik, String from, String to) {
        donor.post("/donor/v1/sponsorships", "{\"nik\":\"" + nik + "\",\"fromMonth\":\"" + from + "\",\"toMonth\":\""
                + to + "\"}", key()).expectStatus().isCreated();
    }

    private static String kpj(WebTestClient.ResponseSpec created) {
        return BankClient.json(created.expectStatus().isCreated().expectBody().returnResult()
                .getResponseBodyContent()).get("kpj").asString();
    }

    private static JsonNode get(PayerClient payer, String path) {
        return BankClient.json(payer.get(path).expectStatus().isOk().expectBody().returnResult()
                .getResponseBodyContent());
    }

    private static List<String> masked(JsonNode statuses) {
        List<String> niks = new ArrayList<>();
        statuses.forEach(status -> niks.add(status.get("nikMasked").asString()));
        return niks;
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
