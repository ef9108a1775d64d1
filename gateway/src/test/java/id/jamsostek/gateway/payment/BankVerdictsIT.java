package id.jamsostek.gateway.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.adapters.bankapi.FakeBank;
import id.jamsostek.gateway.outbox.OutboxRelay;
import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.CoreFixtures;
import id.jamsostek.gateway.support.FakeBankServer;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.TestBank;
import id.jamsostek.gateway.support.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A bank told "pending" is asked what it did (SNAP 26): paid is recorded; not paid cancels the payment before the
 * core posts it, or lists it for reversal when the core already did; no usable answer is asked again later.
 */
class BankVerdictsIT extends GatewayIntegrationTest {

    private static final String TOTAL = "739200.00";
    private static final TestBank BANK = TestBank.BETA; // PENDING profile, outbound settings on the fake bank

    @Autowired
    BankVerdicts verdicts;

    @Autowired
    BankPaymentStore payments;

    @Autowired
    OutboxRelay relay;

    private BankClient beta;
    private String token;
    private String customer;
    private FakeBank bank;

    @BeforeEach
    void pendingPayment() {
        core.resetAll();
        FakeBankServer.server().resetAll();
        bank = new FakeBank(FakeBankServer.server(), BANK.outboundPrefix());
        bank.issuesTokens("900", "token-verdict-" + UUID.randomUUID());
        beta = bank(BANK);
        token = beta.token();
        customer = Long.toString(ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L));
    }

    /** Paid while the core is down: the PENDING-profile bank hears "02". Returns the paymentRequestId. */
    private String payWhileTheCoreIsDown() {
        core.stubFor(get(urlPathEqualTo("/core/v1/bills/open")).withQueryParam("customerNo", equalTo(customer))
                .willReturn(okJson(CoreFixtures.bill(customer, "BILL-" + customer, "UNPAID"))));
        core.stubFor(post(urlPathEqualTo("/core/v1/payments")).willReturn(aResponse().withStatus(503)));
        String requestId = BankClient.newExternalId();
        beta.payment(beta.paymentBody(customer, requestId, TOTAL, "N"), token, t -> {}).expectStatus().isEqualTo(504)
                .expectBody().jsonPath("$.virtualAccountData.paymentFlagStatus").isEqualTo("02");
        return requestId;
    }

    private void bankSays(int status, String responseCode, String flag, String requestId) {
        String data = flag == null ? "" : """
                ,"virtualAccountData":{"partnerServiceId":"%1$s","customerNo":"%2$s","virtualAccountNo":"%1$s%2$s",
                 "inquiryRequestId":"%3$s","paymentRequestId":"%3$s","paidAmount":{"value":"%4$s","currency":"IDR"},
                 "paymentFlagStatus":"%5$s"}""".formatted(BANK.partnerServiceId(), customer, requestId, TOTAL, flag);
        bank.answersStatus(FakeBank.snap(status, "{\"responseCode\":\"" + responseCode
                + "\",\"responseMessage\":\"-\"" + data + "}"));
    }

    private String column(String column) {
        return TestDatabase.text("select " + column + " from bank_payment where customer_no = '" + customer + "'");
    }

    private long reversals() {
        return TestDatabase.count("select count(*) from payment_exception e join bank_payment p on p.id = e.payment_id"
                + " where p.customer_no = '" + customer + "' and e.action = 'REVERSE_AT_CORE' and e.state = 'OPEN'");
    }

    @Test
    void aPaymentTheBankDidNotTakeIsCancelledAndNeverPostedAndItsAdviceHearsRejected() {
        String requestId = payWhileTheCoreIsDown();
        bankSays(404, "4042601", null, requestId);

        verdicts.settle().block(Duration.ofSeconds(20));

        assertThat(column("state")).isEqualTo("CANCELLED");
        assertThat(column("bank_verdict")).isEqualTo("NOT_PAID");
        assertThat(TestDatabase.count("select count(*) from outbox o join bank_payment p on p.id = o.aggregate_id"
                + " where p.customer_no = '" + customer + "' and o.state <> 'DONE'")).isZero();
        core.resetAll();
        core.stubFor(post(urlPathEqualTo("/core/v1/payments")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(CoreFixtures.receipt(customer, "BILL-" + customer, TOTAL))));
        relay.drain().block(Duration.ofSeconds(20));
        core.verify(0, postRequestedFor(urlPathEqualTo("/core/v1/payments")));

        JsonNode advice = BankClient.json(beta.payment(beta.paymentBody(customer, requestId, TOTAL, "Y"), token,
                t -> {}).expectBody().returnResult().getResponseBodyContent());
        assertThat(advice.at("/virtualAccountData/paymentFlagStatus").asString()).isEqualTo("01");
    }

    @Test
    void aPostedPaymentTheBankReportsUnpaidIsListedForReversalAtTheCore() {
        String requestId = payWhileTheCoreIsDown();
        core.resetAll();
        core.stubFor(get(urlPathMatching("/core/v1/payments/.*")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody(CoreFixtures.example("Problem/valid/payment-not-found.json"))));
        core.stubFor(get(urlPathEqualTo("/core/v1/bills/open")).withQueryParam("customerNo", equalTo(customer))
                .willReturn(okJson(CoreFixtures.bill(customer, "BILL-" + customer, "UNPAID"))));
        core.stubFor(post(urlPathEqualTo("/core/v1/payments")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(CoreFixtures.receipt(customer, "BILL-" + customer, TOTAL))));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!"POSTED".equals(column("state")) && System.nanoTime() < deadline) {
            relay.drain().block(Duration.ofSeconds(10));
        }
        assertThat(column("state")).isEqualTo("POSTED");
        bankSays(200, "2002600", "01", requestId);

        verdicts.settle().block(Duration.ofSeconds(20));

        assertThat(column("bank_verdict")).isEqualTo("NOT_PAID");
        assertThat(column("state")).isEqualTo("POSTED");
        assertThat(reversals()).isOne();
    }

    @Test
    void aPaidVerdictIsRecordedAndNoUsableAnswerIsAskedAgainLater() {
        String paid = payWhileTheCoreIsDown();
        bankSays(200, "2002600", "00", paid);
        verdicts.settle().block(Duration.ofSeconds(20));
        assertThat(column("bank_verdict")).isEqualTo("PAID");
        assertThat(column("state")).isEqualTo("ACCEPTED");

        customer = Long.toString(ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L));
        payWhileTheCoreIsDown();
        bank.answersStatus(FakeBank.snap(503, "{\"responseCode\":\"5032600\",\"responseMessage\":\"Unavailable\"}"));
        verdicts.settle().block(Duration.ofSeconds(20));
        assertThat(column("bank_verdict")).isNull();
        assertThat(column("state")).isEqualTo("ACCEPTED");
        assertThat(column("bank_checked_at")).isNotNull();
    }

    @Test
    void aPostingThatLandsAfterTheCancellationIsListedForReversal() {
        String requestId = payWhileTheCoreIsDown();
        bankSays(404, "4042601", null, requestId);
        verdicts.settle().block(Duration.ofSeconds(20));
        assertThat(column("state")).isEqualTo("CANCELLED");

        // the relay's posting was already at the core when the bank's verdict came
        UUID id = UUID.fromString(column("id"));
        BankPayment after = payments.posted(id, "PAY-LATE", new PaidBill("BILL-LATE", "SI*I RA***H", List.of(), "[]")).block(Duration.ofSeconds(10));

        assertThat(after.state()).isEqualTo(BankPayment.State.CANCELLED);
        assertThat(reversals()).isOne();
    }
}
