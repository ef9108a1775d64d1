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
import id.jamsostek.gateway.support.TestVillage;
import id.jamsostek.gateway.support.VillageClient;
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
 * A donor (a company's CSR) as a payer beyond the budgets: it sponsors two self-paid participants of Desa Saga for some
 * months, sees only them and masked, gets one collective bill for those it pays for in November and a bank pays it
 * over SNAP; a month another payer covers cannot be sponsored, and nothing changes then. On 22 November 2026
 * (Asia/Jakarta), against the simulator, lowest band, not transport: PP 50/2025 gives Rp8,400 a month.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = GatewayIntegrationTest.PATIENCE)
@DirtiesContext
class DonorSponsorshipEndToEndIT {

    private static final CoreSimulator CORE = CoreSimulator.start(CoreSimulatorSettings.defaults()
            .withClock(MutableClock.atJakarta("2026-11-22T10:00:00")));
    private static final String PROBLEMS = "https://api.jamsostek.example/problems/";

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
    void aDonorSponsorsNamedParticipantsGetsOneBillAndABankPaysItOnce() {
        VillageClient village = new VillageClient(web, TestVillage.SAGA);
        PayerClient donor = new PayerClient(web, TestPayer.CSR);
        BankClient bank = new BankClient(web, TestBank.ALPHA);
        String bankToken = bank.token();
        String paysNovemberHimself = "3603011003900061";
        String sponsoredInNovember = "3603011003900062";
        JsonNode own = enroll(village, paysNovemberHimself, "SELF");
        enroll(village, sponsoredInNovember, "SELF");
        String ownBill = own.at("/firstBill/customerNo").asString();
        bank.payment(bank.paymentBody(ownBill, BankClient.newExternalId(), "8400.00", "N"), bankToken, t -> {})
                .expectStatus().isOk().expectBody().jsonPath("$.virtualAccountData.paymentFlagStatus").isEqualTo("00");

        JsonNode made = json(sponsor(donor, paysNovemberHimself, "2026-12", "2027-01").expectStatus().isCreated());
        assertThat(made.get("nikMasked").asString()).isEqualTo("360301********61");
        assertThat(made.get("fromMonth").asString()).isEqualTo("2026-12");
        sponsor(donor, sponsoredInNovember, "2026-11", "2026-11").expectStatus().isCreated();

        byte[] listed = donor.get("/donor/v1/participants").expectStatus().isOk().expectBody().returnResult()
                .getResponseBodyContent();
        assertThat(new String(listed, java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain(paysNovemberHimself, sponsoredInNovember, "AHMAD");
        JsonNode items = BankClient.json(listed).get("items");
        // the core is shared by this class's tests: the donor may sponsor others of them too
        assertThat(items.findValuesAsString("nikMasked")).contains("360301********61", "360301********62");
        assertThat(items.findValuesAsString("nameMasked")).allSatisfy(name -> assertThat(name).contains("*"));
        assertThat(json(new PayerClient(web, TestPayer.ZAKAT).get("/donor/v1/participants").expectStatus().isOk())
                .get("items").findValuesAsString("nikMasked")).as("another donor sees none of them")
                .doesNotContain("360301********61", "360301********62");

        JsonNode bill = json(donor.post("/donor/v1/collective-bills", "{\"period\":\"2026-11\"}", key())
                .expectStatus().isCreated());
        String customerNo = bill.get("customerNo").asString();
        assertThat(customerNo).matches("01[0-9]{10}");
        assertThat(bill.get("payerKind").asString()).isEqualTo("DONOR");
        assertThat(bill.get("members").asInt()).as("the other paid November himself").isEqualTo(1);
        assertThat(bill.get("totalAmount").asString()).isEqualTo("8400.00");

        JsonNode inquiry = json(bank.inquiry(bank.inquiryBody(customerNo), bankToken).expectStatus().isOk())
                .get("virtualAccountData");
        assertThat(inquiry.at("/totalAmount/value").asString()).isEqualTo("8400.00");
        bank.payment(bank.paymentBody(customerNo, BankClient.newExternalId(), "8400.00", "N"), bankToken, t -> {})
                .expectStatus().isOk()
                .expectBody().jsonPath("$.virtualAccountData.paymentFlagStatus").isEqualTo("00");

        JsonNode second = json(bank.payment(bank.paymentBody(customerNo, BankClient.newExternalId(), "8400.00", "N"),
                bankToken, t -> {}).expectStatus().isNotFound());
        assertThat(second.get("responseCode").asString()).as("a paid bill, as SNAP says").isEqualTo("4042514");
        assertThat(second.at("/virtualAccountData/paymentFlagStatus").asString()).isEqualTo("01");
        donor.post("/donor/v1/collective-bills", "{\"period\":\"2026-11\"}", key()).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "bill-already-paid");
        assertThat(status(village, sponsoredInNovember).get("paidUpTo").asString()).isEqualTo("2026-11");

        JsonNode december = json(donor.post("/donor/v1/collective-bills", "{\"period\":\"2026-12\"}", key())
                .expectStatus().isCreated());
        assertThat(december.get("members").asInt()).as("back to paying for himself in December").isEqualTo(1);
        assertThat(december.get("customerNo").asString()).isEqualTo(customerNo);
    }

    @Test
    void monthsAnotherPayerCoversAreRefusedAndNothingChanges() {
        VillageClient village = new VillageClient(web, TestVillage.SAGA);
        PayerClient csr = new PayerClient(web, TestPayer.CSR);
        PayerClient zakat = new PayerClient(web, TestPayer.ZAKAT);
        String sponsored = "3603011003900063";
        String villagePaid = "3603011003900064";
        enroll(village, sponsored, "SELF");
        enroll(village, villagePaid, "VILLAGE_BUDGET");
        sponsor(zakat, sponsored, "2026-12", "2027-03").expectStatus().isCreated();
        byte[] before = csr.get("/donor/v1/participants").expectStatus().isOk().expectBody().returnResult()
                .getResponseBodyContent();

        sponsor(csr, sponsored, "2027-02", "2027-05").expectStatus().isEqualTo(409)
                .expectHeader().contentType("application/problem+json")
                .expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEMS + "sponsorship-conflict")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("2026-12 to 2027-03").doesNotContain("BAZNAS"));
        sponsor(csr, villagePaid, "2026-12", "2027-01").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "sponsorship-conflict")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("VILLAGE_BUDGET"));
        sponsor(csr, sponsored, "2027-06", "2027-05").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "invalid-sponsorship")
                .jsonPath("$.errors[0].pointer").isEqualTo("/toMonth");
        sponsor(csr, "3603011003900069", "2026-12", "2027-01").expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "not-found");

        assertThat(csr.get("/donor/v1/participants").expectStatus().isOk().expectBody().returnResult()
                .getResponseBodyContent()).as("the refused sponsorships are nowhere").isEqualTo(before);
        csr.post("/donor/v1/collective-bills", "{\"period\":\"2027-02\"}", key()).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "no-members");
        assertThat(status(village, sponsored).get("paidUpTo").isNull()).isTrue();
    }

    @Test
    void aDonorActsOnlyForItselfAndOnlyAsADonor() {
        PayerClient agent = new PayerClient(web, TestPayer.AGENT);
        agent.get("/donor/v1/participants").expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "insufficient-scope");
        new PayerClient(web, TestPayer.CSR).post("/donor/v1/sponsorships", "{\"nik\":\"3603011003900063\","
                + "\"fromMonth\":\"2026-12\",\"toMonth\":\"2027-01\",\"donorId\":\"BAZNAS-3603\"}", key())
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/donorId");
    }

    private static WebTestClient.ResponseSpec sponsor(PayerClient donor, String nik, String from, String to) {
        return donor.post("/donor/v1/sponsorships", "{\"nik\":\"" + nik + "\",\"fromMonth\":\"" + from
                + "\",\"toMonth\":\"" + to + "\"}", key());
    }

    private static JsonNode enroll(VillageClient village, String nik, String payer) {
        return json(village.post("/village/v1/enrollments", VillageClient.enrollment(nik, "3603012001", payer,
                "2026-11"), key()).expectStatus().isCreated());
    }

    private static JsonNode status(VillageClient village, String nik) {
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
