package id.jamsostek.gateway.reconciliation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.RequestMethod;
import id.jamsostek.gateway.operator.Role;
import id.jamsostek.adapters.bankapi.FakeBank;
import id.jamsostek.gateway.payment.PaymentKeys;
import id.jamsostek.gateway.support.FakeBankServer;
import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.CoreFixtures;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.GatewayTestProperties;
import id.jamsostek.gateway.support.TestBank;
import id.jamsostek.gateway.support.TestDatabase;
import id.jamsostek.snap.SnapTimestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * A bank's day reconciled three ways through the admin API: the bank's CSV, the payments the gateway accepted, the
 * core's postings; each break with its cause, the gateway's own re-driven at once, an operator closing the others.
 */
class ReconciliationIT extends GatewayIntegrationTest {

    private static final String TOTAL = "739200.00";
    private static final TestBank BANK = TestBank.RECON;

    private String customer() {
        return Long.toString(ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L));
    }

    private void coreHasUnpaidBill(String customer) {
        core.stubFor(get(urlPathEqualTo("/core/v1/bills/open")).withQueryParam("customerNo", equalTo(customer))
                .willReturn(okJson(CoreFixtures.bill(customer, "BILL-" + customer, "UNPAID"))));
    }

    /**
     * The bank inquires and pays the customer's bill; the core posts it or is down, as set up (then the inquiry is what
     * lets the gateway promise success). Returns the paymentRequestId.
     */
    private String pay(BankClient bank, String token, String customer, boolean corePosts) {
        coreHasUnpaidBill(customer);
        bank.inquiry(bank.inquiryBody(customer), token).expectStatus().isOk();
        core.stubFor(post(urlPathEqualTo("/core/v1/payments")).willReturn(corePosts
                ? aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody(CoreFixtures.receipt(customer, "BILL-" + customer, TOTAL))
                : aResponse().withStatus(503)));
        String requestId = BankClient.newExternalId();
        bank.payment(bank.paymentBody(customer, requestId, TOTAL, "N"), token, t -> {}).expectStatus().isOk()
                .expectBody().jsonPath("$.virtualAccountData.paymentFlagStatus").isEqualTo("00");
        return requestId;
    }

    private void corePosted(String customer, String requestId) {
        String key = PaymentKeys.of(BANK.id(), BANK.partnerServiceId() + customer, requestId);
        core.stubFor(get(urlPathEqualTo("/core/v1/payments/" + key)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(CoreFixtures.receipt(customer, "BILL-" + customer, TOTAL))));
    }

    private static String csvLine(String requestId, String customer) {
        return requestId + "," + BANK.companyCode() + customer + "," + TOTAL + ",IDR,"
                + SnapTimestamp.now(java.time.Clock.systemUTC()) + ",SUCCESS\n";
    }

    private WebTestClient admin() {
        return admin("ops1", Role.OPERATOR);
    }

    private WebTestClient.ResponseSpec upload(String csv, String bank, String date) {
        return admin().post().uri("/admin/v1/reconciliations?bank=" + bank + "&date=" + date)
                .contentType(MediaType.TEXT_PLAIN).bodyValue(csv).exchange();
    }

    /** The test bank's day holds only this test's payments (the database outlives a run). */
    private static void forgetEarlierRuns() {
        String payments = "select id from bank_payment where partner_id = '" + BANK.id() + "'";
        TestDatabase.execute("delete from outbox where aggregate_id in (" + payments + ")");
        TestDatabase.execute("delete from payment_exception where payment_id in (" + payments + ")");
        TestDatabase.execute("delete from bank_payment where partner_id = '" + BANK.id() + "'");
    }

    @Test
    void findsEachBreakWithItsCauseReDrivesTheGatewaysOwnAndLetsAnOperatorCloseTheRest() {
        forgetEarlierRuns();
        core.resetAll();
        core.stubFor(get(urlPathMatching("/core/v1/payments/.*")).atPriority(10).willReturn(aResponse()
                .withStatus(404).withHeader("Content-Type", "application/problem+json")
                .withBody(CoreFixtures.example("Problem/valid/payment-not-found.json"))));
        BankClient bank = bank(BANK);
        String token = bank.token();
        String matchedCustomer = customer();
        String matched = pay(bank, token, matchedCustomer, true);
        corePosted(matchedCustomer, matched);
        String stuckCustomer = customer();
        String stuck = pay(bank, token, stuckCustomer, false);           // accepted, the core down: not posted
        String unreportedCustomer = customer();
        String unreported = pay(bank, token, unreportedCustomer, true);  // posted, missing from the bank's file
        corePosted(unreportedCustomer, unreported);
        String strangerCustomer = customer();

        String csv = BankReportCsv.HEADER + "\n" + csvLine(matched, matchedCustomer) + csvLine(stuck, stuckCustomer)
                + csvLine("999" + matched.substring(3), strangerCustomer);
        String today = LocalDate.now(SnapTimestamp.JAKARTA).toString();
        byte[] body = upload(csv, BANK.id(), today).expectStatus().isCreated().expectHeader().exists("Location")
                .expectBody().returnResult().getResponseBodyContent();
        JsonNode run = BankClient.json(body);

        assertThat(run.get("bankLines").asInt()).isEqualTo(3);
        assertThat(run.get("gatewayPayments").asInt()).isEqualTo(3);
        assertThat(run.get("matched").asInt()).isEqualTo(1);
        assertThat(run.get("redriven").asInt()).isEqualTo(1);
        List<String> causes = new ArrayList<>();
        run.get("breaks").forEach(found -> causes.add(found.at("/detail/paymentRequestId").asString() + " "
                + found.at("/detail/cause").asString()));
        assertThat(causes).containsExactlyInAnyOrder(stuck + " NOT_POSTED_AT_CORE",
                unreported + " NOT_REPORTED_BY_BANK", "999" + matched.substring(3) + " NOT_RECORDED_BY_GATEWAY");
        assertThat(TestDatabase.count("select count(*) from outbox o join bank_payment p on p.id = o.aggregate_id"
                + " where p.payment_request_id = '" + stuck + "' and o.state = 'PENDING'"
                + " and o.next_attempt_at <= now()")).isOne();

        String runUrl = "/admin/v1/reconciliations/" + run.get("id").asString();
        admin().get().uri(runUrl).exchange().expectStatus().isOk().expectBody().jsonPath("$.breaks.length()")
                .isEqualTo(3);
        long breakId = run.get("breaks").get(0).get("id").asLong();
        admin("viewer1", Role.VIEWER).post().uri("/admin/v1/reconciliation-breaks/" + breakId + "/close?note=checked")
                .exchange().expectStatus().isForbidden();
        admin().post().uri("/admin/v1/reconciliation-breaks/" + breakId + "/close?note=checked").exchange()
                .expectStatus().isOk();
        admin().post().uri("/admin/v1/reconciliation-breaks/" + breakId + "/close?note=again").exchange()
                .expectStatus().isNotFound();
        assertThat(TestDatabase.text("select closed_by || ':' || note from reconciliation_break where id = " + breakId))
                .isEqualTo("ops1:checked");
    }

    @Test
    void aDayIsReconciledFromTheBanksOwnSnapReportAndAReportThatCannotBeHadRecordsNothing() {
        forgetEarlierRuns();
        core.resetAll();
        core.stubFor(get(urlPathMatching("/core/v1/payments/.*")).atPriority(10).willReturn(aResponse()
                .withStatus(404).withHeader("Content-Type", "application/problem+json")
                .withBody(CoreFixtures.example("Problem/valid/payment-not-found.json"))));
        BankClient bank = bank(BANK);
        String customer = customer();
        String requestId = pay(bank, bank.token(), customer, true);
        corePosted(customer, requestId);
        FakeBankServer.server().resetAll();
        FakeBank fakeBank = new FakeBank(FakeBankServer.server(), BANK.outboundPrefix());
        fakeBank.issuesTokens("900", "token-recon-1");
        fakeBank.answersReport(RequestMethod.GET, FakeBank.snap(200, """
                {"responseCode":"2003500","responseMessage":"Successful","virtualAccountData":[{
                 "partnerServiceId":"%1$s","customerNo":"%2$s","virtualAccountNo":"%1$s%2$s",
                 "inquiryRequestId":"%3$s","paymentRequestId":"%3$s",
                 "paidAmount":{"value":"%4$s","currency":"IDR"},"trxDateTime":"2026-11-22T10:15:30+07:00"}]}"""
                .formatted(BANK.partnerServiceId(), customer, requestId, TOTAL)));
        String today = LocalDate.now(SnapTimestamp.JAKARTA).toString();

        JsonNode run = BankClient.json(admin().post().uri("/admin/v1/reconciliations?bank=" + BANK.id() + "&date="
                + today + "&source=snap").exchange().expectStatus().isCreated().expectBody().returnResult()
                .getResponseBodyContent());
        assertThat(run.get("source").asString()).isEqualTo("SNAP_REPORT");
        assertThat(run.get("matched").asInt()).isEqualTo(1);
        assertThat(run.get("breaks").size()).isZero();

        long runs = TestDatabase.count("select count(*) from reconciliation_run");
        FakeBankServer.server().resetAll();
        fakeBank = new FakeBank(FakeBankServer.server(), BANK.outboundPrefix());
        fakeBank.issuesTokens("900", "token-recon-2");
        fakeBank.answersReport(RequestMethod.GET, FakeBank.snap(503,
                "{\"responseCode\":\"5033500\",\"responseMessage\":\"Service Unavailable\"}"));
        admin().post().uri("/admin/v1/reconciliations?bank=" + BANK.id() + "&date=" + today + "&source=snap")
                .exchange().expectStatus().isEqualTo(502)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.jamsostek.example/problems/bank-unavailable");
        admin().post().uri("/admin/v1/reconciliations?bank=" + TestBank.ALPHA.id() + "&date=" + today
                + "&source=snap").exchange().expectStatus().isBadRequest();
        assertThat(TestDatabase.count("select count(*) from reconciliation_run")).isEqualTo(runs);
    }

    @Test
    void aMalformedFileAnUnknownBankABadDateOrNoTokenRecordNothing() {
        long runs = TestDatabase.count("select count(*) from reconciliation_run");
        String today = LocalDate.now(SnapTimestamp.JAKARTA).toString();
        internal().post().uri("/admin/v1/reconciliations?bank=" + BANK.id() + "&date=" + today).exchange()
                .expectStatus().isUnauthorized();
        internal().get().uri("/admin/v1/reconciliations/" + java.util.UUID.randomUUID()).exchange()
                .expectStatus().isUnauthorized();
        admin("viewer1", Role.VIEWER).post().uri("/admin/v1/reconciliations?bank=" + BANK.id() + "&date=" + today)
                .contentType(MediaType.TEXT_PLAIN).bodyValue(BankReportCsv.HEADER + "\n").exchange()
                .expectStatus().isForbidden();
        upload("paymentRequestId;amount\n", BANK.id(), today).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("line 1"));
        upload(BankReportCsv.HEADER + "\n1,77706123,73920,IDR,2026-11-22T10:00:00+07:00,SUCCESS\n", BANK.id(), today)
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("line 2"));
        upload(BankReportCsv.HEADER + "\n", "no-such-bank", today).expectStatus().isNotFound();
        upload(BankReportCsv.HEADER + "\n", BANK.id(), "22-11-2026").expectStatus().isBadRequest();
        assertThat(TestDatabase.count("select count(*) from reconciliation_run")).isEqualTo(runs);
    }
}
