package id.jamsostek.gateway.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import id.jamsostek.gateway.support.TestOperators;
import id.jamsostek.gateway.operator.Role;
import id.jamsostek.gateway.outbox.OutboxRelay;
import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.CoreFixtures;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.GatewayTestProperties;
import id.jamsostek.gateway.support.TestBank;
import id.jamsostek.gateway.support.TestDatabase;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

class VaPaymentIT extends GatewayIntegrationTest {

    private static final String TOTAL = "739200.00";

    @Autowired
    OutboxRelay relay;

    @Autowired
    io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry breakers;

    private BankClient alpha;
    private String token;
    private String customer;
    private String billId;

    @BeforeEach
    void freshBill() {
        core.resetAll();
        alpha = bank(TestBank.ALPHA);
        token = alpha.token();
        customer = Long.toString(ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L));
        billId = "BILL-IT-" + customer;
    }

    private void coreHasUnpaidBill() {
        core.stubFor(get(urlPathEqualTo("/core/v1/bills/open")).withQueryParam("customerNo", equalTo(customer))
                .willReturn(okJson(CoreFixtures.bill(customer, billId, "UNPAID"))));
    }

    private void corePosts() {
        core.stubFor(post(urlPathEqualTo("/core/v1/payments")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(CoreFixtures.receipt(customer, billId, TOTAL))));
    }

    private String body(String paymentRequestId, String amount, String flagAdvise) {
        return alpha.paymentBody(customer, paymentRequestId, amount, flagAdvise);
    }

    private JsonNode pay(BankClient client, String token, String body, String externalId, int status) {
        byte[] answer = client.payment(body, token, t -> t.headers.put("X-EXTERNAL-ID", externalId))
                .expectStatus().isEqualTo(status)
                .expectHeader().exists("X-TIMESTAMP")
                .expectBody().returnResult().getResponseBodyContent();
        return BankClient.json(answer);
    }

    private String paymentState() {
        return TestDatabase.text("select state from bank_payment where customer_no = '" + customer + "'");
    }

    private long paymentRows() {
        return TestDatabase.count("select count(*) from bank_payment where customer_no = '" + customer + "'");
    }

    @Test
    void paysAnUnpaidBillAndPostsItOnceAtTheCoreUnderThePaymentKey() {
        coreHasUnpaidBill();
        corePosts();
        String requestId = BankClient.newExternalId();

        JsonNode answer = pay(alpha, token, body(requestId, TOTAL, "N"), BankClient.newExternalId(), 200);

        assertThat(answer.get("responseCode").asString()).isEqualTo("2002500");
        assertThat(answer.at("/virtualAccountData/paymentFlagStatus").asString()).isEqualTo("00");
        assertThat(answer.at("/virtualAccountData/paymentRequestId").asString()).isEqualTo(requestId);
        assertThat(answer.at("/virtualAccountData/billDetails")).hasSize(5);
        assertThat(paymentState()).isEqualTo("POSTED");
        String key = PaymentKeys.of(TestBank.ALPHA.id(), TestBank.ALPHA.partnerServiceId() + customer, requestId);
        core.verify(1, postRequestedFor(urlPathEqualTo("/core/v1/payments")).withHeader("Idempotency-Key", equalTo(key)));
        assertThat(TestDatabase.count("select count(*) from outbox o join bank_payment p on p.id = o.aggregate_id "
                + "where p.payment_key = '" + key + "' and o.state = 'DONE'")).isOne();
    }

    @Test
    void aPaymentFollowingItsInquiryWithTheSameRequestIdIsNoDuplicate() {
        coreHasUnpaidBill();
        corePosts();
        String inquiryRequestId = BankClient.newExternalId();
        String inquiry = alpha.inquiryBody(customer).replaceAll("\"inquiryRequestId\":\"[0-9]+\"",
                "\"inquiryRequestId\":\"" + inquiryRequestId + "\"");
        alpha.inquiry(inquiry, token).expectStatus().isOk();
        pay(alpha, token, body(inquiryRequestId, TOTAL, "N"), BankClient.newExternalId(), 200);
        assertThat(paymentState()).isEqualTo("POSTED");
    }

    @Test
    void repeatWithTheSameExternalIdGetsTheRecordedAnswerAndPostsNothingMore() {
        coreHasUnpaidBill();
        corePosts();
        String externalId = BankClient.newExternalId();
        String body = body(BankClient.newExternalId(), TOTAL, "N");
        JsonNode first = pay(alpha, token, body, externalId, 200);
        JsonNode again = pay(alpha, token, body, externalId, 200);
        assertThat(again.get("responseCode")).isEqualTo(first.get("responseCode"));
        assertThat(again.at("/virtualAccountData/paymentFlagStatus").asString()).isEqualTo("00");
        core.verify(1, postRequestedFor(urlPathEqualTo("/core/v1/payments")));
    }

    @Test
    void adviceWithANewExternalIdIsAnsweredFromTheRecordAndPostsNothingMore() {
        coreHasUnpaidBill();
        corePosts();
        String requestId = BankClient.newExternalId();
        pay(alpha, token, body(requestId, TOTAL, "N"), BankClient.newExternalId(), 200);
        JsonNode advice = pay(alpha, token, body(requestId, TOTAL, "Y"), BankClient.newExternalId(), 200);
        assertThat(advice.at("/virtualAccountData/paymentFlagStatus").asString()).isEqualTo("00");
        assertThat(advice.at("/virtualAccountData/flagAdvise").asString()).isEqualTo("Y");
        core.verify(1, postRequestedFor(urlPathEqualTo("/core/v1/payments")));
        assertThat(paymentRows()).isOne();
    }

    @Test
    void theSameExternalIdOnAnotherPaymentIs4092500() {
        coreHasUnpaidBill();
        corePosts();
        String externalId = BankClient.newExternalId();
        pay(alpha, token, body(BankClient.newExternalId(), TOTAL, "N"), externalId, 200);
        JsonNode other = pay(alpha, token, body(BankClient.newExternalId(), TOTAL, "N"), externalId, 409);
        assertThat(other.get("responseCode").asString()).isEqualTo("4092500");
        assertThat(paymentRows()).isOne();
    }

    @Test
    void aBillIsPaidOnceWhateverTheIds() {
        coreHasUnpaidBill();
        corePosts();
        pay(alpha, token, body(BankClient.newExternalId(), TOTAL, "N"), BankClient.newExternalId(), 200);
        JsonNode second = pay(alpha, token, body(BankClient.newExternalId(), TOTAL, "N"), BankClient.newExternalId(),
                404);
        assertThat(second.get("responseCode").asString()).isEqualTo("4042514");
        assertThat(second.at("/virtualAccountData/paymentFlagStatus").asString()).isEqualTo("01");
        core.verify(1, postRequestedFor(urlPathEqualTo("/core/v1/payments")));
    }

    @Test
    void rejectsAnAmountThatIsNotTheBillsTotalWith4042513AndRecordsNothing() {
        coreHasUnpaidBill();
        JsonNode answer = pay(alpha, token, body(BankClient.newExternalId(), "739199.00", "N"),
                BankClient.newExternalId(), 404);
        assertThat(answer.get("responseCode").asString()).isEqualTo("4042513");
        assertThat(answer.at("/virtualAccountData/paymentFlagStatus").asString()).isEqualTo("01");
        assertThat(paymentRows()).isZero();
        core.verify(0, postRequestedFor(urlPathEqualTo("/core/v1/payments")));
    }

    @Test
    void paidExpiredAndUnknownBillsGetTheirCodes() {
        core.stubFor(get(urlPathEqualTo("/core/v1/bills/open")).withQueryParam("customerNo", equalTo(customer))
                .willReturn(okJson(CoreFixtures.bill(customer, billId, "PAID"))));
        assertThat(pay(alpha, token, body(BankClient.newExternalId(), TOTAL, "N"), BankClient.newExternalId(), 404)
                .get("responseCode").asString()).isEqualTo("4042514");
        core.stubFor(get(urlPathEqualTo("/core/v1/bills/open")).withQueryParam("customerNo", equalTo(customer))
                .willReturn(okJson(CoreFixtures.bill(customer, billId, "EXPIRED"))));
        assertThat(pay(alpha, token, body(BankClient.newExternalId(), TOTAL, "N"), BankClient.newExternalId(), 404)
                .get("responseCode").asString()).isEqualTo("4042519");
        core.stubFor(get(urlPathEqualTo("/core/v1/bills/open")).withQueryParam("customerNo", equalTo(customer))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody(CoreFixtures.example("Problem/valid/unknown-customer.json"))));
        assertThat(pay(alpha, token, body(BankClient.newExternalId(), TOTAL, "N"), BankClient.newExternalId(), 404)
                .get("responseCode").asString()).isEqualTo("4042512");
        assertThat(paymentRows()).isZero();
    }

    @Test
    void aVirtualAccountUnderAnotherCompanyCodeIs4042512() {
        String body = body(BankClient.newExternalId(), TOTAL, "N").replace("   77701", "   77702");
        alpha.payment(body, token, t -> {}).expectStatus().isNotFound()
                .expectBody().jsonPath("$.responseCode").isEqualTo("4042512");
        assertThat(paymentRows()).isZero();
    }

    // --- unknown outcomes: never a rejection

    @Test
    void coreTimeoutOnPostingIsAcceptedForAnAcceptProfileAndPostedByTheRelay() {
        coreHasUnpaidBill();
        core.stubFor(post(urlPathEqualTo("/core/v1/payments"))
                .willReturn(aResponse().withFixedDelay(2_000).withStatus(201)));
        JsonNode answer = pay(alpha, token, body(BankClient.newExternalId(), TOTAL, "N"), BankClient.newExternalId(),
                200);
        assertThat(answer.at("/virtualAccountData/paymentFlagStatus").asString()).isEqualTo("00");
        assertThat(paymentState()).isEqualTo("ACCEPTED");

        core.resetAll();
        coreHasUnpaidBill();
        corePosts();
        drainUntil("POSTED");
    }

    @Test
    void everyKindOfCoreFailureOnPostingLeavesThePaymentAcceptedNeverRejected() {
        for (var failure : java.util.List.of(
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK),
                aResponse().withStatus(503),
                aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("{garbage"))) {
            freshBill();
            coreHasUnpaidBill();
            core.stubFor(post(urlPathEqualTo("/core/v1/payments")).willReturn(failure));
            JsonNode answer = pay(alpha, token, body(BankClient.newExternalId(), TOTAL, "N"),
                    BankClient.newExternalId(), 200);
            assertThat(answer.at("/virtualAccountData/paymentFlagStatus").asString()).isEqualTo("00");
            assertThat(paymentState()).isEqualTo("ACCEPTED");
        }
    }

    @Test
    void anOpenBreakerNeverTurnsAPaymentIntoARejection() {
        coreHasUnpaidBill();
        alpha.inquiry(alpha.inquiryBody(customer), token).expectStatus().isOk();
        var breaker = breakers.circuitBreaker(id.jamsostek.adapters.core.BillingClient.SERVICE);
        breaker.transitionToForcedOpenState();
        try {
            JsonNode answer = pay(alpha, token, body(BankClient.newExternalId(), TOTAL, "N"),
                    BankClient.newExternalId(), 200);
            assertThat(answer.at("/virtualAccountData/paymentFlagStatus").asString()).isEqualTo("00");
            assertThat(paymentState()).isEqualTo("ACCEPTED");
        } finally {
            breaker.reset();
        }
        corePosts();
        drainUntil("POSTED");
    }

    @Test
    void aPendingProfileHearsTimeoutWithFlag02AndTheFinalVerdictOnItsAdvice() {
        BankClient beta = bank(TestBank.BETA);
        String betaToken = beta.token();
        coreHasUnpaidBill();
        core.stubFor(post(urlPathEqualTo("/core/v1/payments")).willReturn(aResponse().withStatus(503)));
        String requestId = BankClient.newExternalId();
        String body = beta.paymentBody(customer, requestId, TOTAL, "N");
        JsonNode first = pay(beta, betaToken, body, BankClient.newExternalId(), 504);
        assertThat(first.get("responseCode").asString()).isEqualTo("5042500");
        assertThat(first.at("/virtualAccountData/paymentFlagStatus").asString()).isEqualTo("02");

        core.resetAll();
        coreHasUnpaidBill();
        corePosts();
        drainUntil("POSTED");
        JsonNode advice = pay(beta, betaToken, beta.paymentBody(customer, requestId, TOTAL, "Y"),
                BankClient.newExternalId(), 200);
        assertThat(advice.at("/virtualAccountData/paymentFlagStatus").asString()).isEqualTo("00");
    }

    @Test
    void anInconsistentRequestProfileGets4042518OnlyAfterASuccessfulFirstAttempt() {
        BankClient beta = bank(TestBank.BETA);
        String betaToken = beta.token();
        coreHasUnpaidBill();
        corePosts();
        String failedExternalId = BankClient.newExternalId();
        String wrongAmount = beta.paymentBody(customer, BankClient.newExternalId(), "1.00", "N");
        assertThat(pay(beta, betaToken, wrongAmount, failedExternalId, 404).get("responseCode").asString())
                .isEqualTo("4042513");
        assertThat(pay(beta, betaToken, wrongAmount, failedExternalId, 404).get("responseCode").asString())
                .as("a repeat of a failed attempt is never 4042518").isEqualTo("4042513");

        String externalId = BankClient.newExternalId();
        String body = beta.paymentBody(customer, BankClient.newExternalId(), TOTAL, "N");
        pay(beta, betaToken, body, externalId, 200);
        JsonNode repeat = pay(beta, betaToken, body, externalId, 404);
        assertThat(repeat.get("responseCode").asString()).isEqualTo("4042518");
        assertThat(repeat.at("/virtualAccountData/paymentFlagStatus").asString()).isEqualTo("00");
        core.verify(1, postRequestedFor(urlPathEqualTo("/core/v1/payments")));
    }

    @Test
    void aRefusalAtTheCoreBeforeAnyAnswerIsTheBanksAnswer() {
        coreHasUnpaidBill();
        core.stubFor(post(urlPathEqualTo("/core/v1/payments")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json")
                .withBody(CoreFixtures.example("Problem/valid/bill-already-paid.json"))));
        JsonNode answer = pay(alpha, token, body(BankClient.newExternalId(), TOTAL, "N"), BankClient.newExternalId(),
                404);
        assertThat(answer.get("responseCode").asString()).isEqualTo("4042514");
        assertThat(paymentState()).isEqualTo("REJECTED");
        assertThat(openExceptions()).isZero();
    }

    @Test
    void aRefusalAtTheCoreAfterTheBankWasAnsweredLandsInTheExceptionListForRefund() {
        coreHasUnpaidBill();
        core.stubFor(post(urlPathEqualTo("/core/v1/payments")).willReturn(aResponse().withStatus(503)));
        pay(alpha, token, body(BankClient.newExternalId(), TOTAL, "N"), BankClient.newExternalId(), 200);

        core.stubFor(post(urlPathEqualTo("/core/v1/payments")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json")
                .withBody(CoreFixtures.example("Problem/valid/bill-already-paid.json"))));
        drainUntil("REFUND_DUE");
        assertThat(openExceptions()).isOne();

        String listing = admin().get().uri("/admin/v1/payment-exceptions").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(listing).contains(TestBank.ALPHA.partnerServiceId() + customer).contains("bill-already-paid");
        long id = TestDatabase.count("select e.id from payment_exception e join bank_payment p on p.id = e.payment_id"
                + " where p.customer_no = '" + customer + "'");
        admin().post().uri("/admin/v1/payment-exceptions/" + id + "/close?note=refunded").exchange().expectStatus().isOk();
        assertThat(openExceptions()).isZero();
    }

    @Test
    void aPaymentTheCoreKeepsFailingBecomesADeadLetterThatAnOperatorReDrives() {
        coreHasUnpaidBill();
        core.stubFor(post(urlPathEqualTo("/core/v1/payments")).willReturn(aResponse().withStatus(503)));
        pay(alpha, token, body(BankClient.newExternalId(), TOTAL, "N"), BankClient.newExternalId(), 200);
        String outboxState = "select o.state from outbox o join bank_payment p on p.id = o.aggregate_id "
                + "where p.customer_no = '" + customer + "'";
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!"DEAD".equals(TestDatabase.text(outboxState)) && System.nanoTime() < deadline) {
            relay.drain().block(Duration.ofSeconds(10));
        }
        assertThat(TestDatabase.text(outboxState)).isEqualTo("DEAD");
        long outboxId = TestDatabase.count("select o.id from outbox o join bank_payment p on p.id = o.aggregate_id "
                + "where p.customer_no = '" + customer + "'");
        assertThat(admin().get().uri("/admin/v1/outbox/dead").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody()).contains("\"id\":" + outboxId);
        admin().post().uri("/admin/v1/outbox/" + outboxId + "/redrive").exchange().expectStatus().isOk();

        corePosts();
        drainUntil("POSTED");
    }

    @Test
    void whenTheGatewaysOwnDatabaseFailsAfterAcceptanceTheBankHearsPendingNeverFailure() {
        coreHasUnpaidBill();
        corePosts();
        String trigger = "it_refuse_posted_" + customer;
        TestDatabase.execute("create or replace function " + trigger
                + "() returns trigger language plpgsql as $$ begin if new.state = 'POSTED' then "
                + "raise exception 'simulated database failure'; end if; return new; end $$; "
                + "create trigger " + trigger + " before update on bank_payment for each row when (new.customer_no = '"
                + customer + "') execute function " + trigger + "()");
        String requestId = BankClient.newExternalId();
        try {
            JsonNode answer = pay(alpha, token, body(requestId, TOTAL, "N"), BankClient.newExternalId(), 504);
            assertThat(answer.get("responseCode").asString()).isEqualTo("5042500");
            assertThat(answer.at("/virtualAccountData/paymentFlagStatus").asString()).isEqualTo("02");
        } finally {
            TestDatabase.execute("drop trigger " + trigger
                    + " on bank_payment; drop function " + trigger + "()");
        }
        drainUntil("POSTED");
        JsonNode advice = pay(alpha, token, body(requestId, TOTAL, "Y"), BankClient.newExternalId(), 200);
        assertThat(advice.at("/virtualAccountData/paymentFlagStatus").asString()).isEqualTo("00");
    }

    @Test
    void theAdminApiWantsAnOperatorsTokenOnTheInternalListenerOnly() {
        internal().get().uri("/admin/v1/outbox/dead").exchange().expectStatus().isUnauthorized();
        internal().get().uri("/admin/v1/outbox/dead").header("Authorization", "Bearer wrong").exchange()
                .expectStatus().isUnauthorized();
        web.get().uri("/admin/v1/outbox/dead").header("Authorization", "Bearer " + TestOperators.token("ops1",
                Role.OPERATOR)).exchange().expectStatus().isNotFound();
    }

    // --- the core is down when the bill is checked

    @Test
    void whileTheCoreIsDownAPaymentIsCheckedAgainstTheBanksInquiryAndAccepted() {
        coreHasUnpaidBill();
        alpha.inquiry(alpha.inquiryBody(customer), token).expectStatus().isOk();
        core.resetAll();
        core.stubFor(get(urlPathEqualTo("/core/v1/bills/open")).willReturn(aResponse().withStatus(503)));
        core.stubFor(post(urlPathEqualTo("/core/v1/payments")).willReturn(aResponse().withStatus(503)));

        JsonNode wrong = pay(alpha, token, body(BankClient.newExternalId(), "1.00", "N"), BankClient.newExternalId(),
                404);
        assertThat(wrong.get("responseCode").asString()).isEqualTo("4042513");
        JsonNode answer = pay(alpha, token, body(BankClient.newExternalId(), TOTAL, "N"), BankClient.newExternalId(),
                200);
        assertThat(answer.at("/virtualAccountData/paymentFlagStatus").asString()).isEqualTo("00");
        assertThat(paymentState()).isEqualTo("ACCEPTED");
    }

    @Test
    void whileTheCoreIsDownAPaymentNeverSeenBeforeIsRecordedAsPendingAndSettledLater() {
        core.stubFor(get(urlPathEqualTo("/core/v1/bills/open")).willReturn(aResponse().withStatus(503)));
        JsonNode answer = pay(alpha, token, body(BankClient.newExternalId(), TOTAL, "N"), BankClient.newExternalId(),
                504);
        assertThat(answer.get("responseCode").asString()).isEqualTo("5042500");
        assertThat(answer.at("/virtualAccountData/paymentFlagStatus").asString()).isEqualTo("02");
        assertThat(paymentState()).isEqualTo("ACCEPTED");

        core.resetAll();
        core.stubFor(get(com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/core/v1/payments/.*"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody(CoreFixtures.example("Problem/valid/payment-not-found.json"))));
        coreHasUnpaidBill();
        corePosts();
        drainUntil("POSTED");
        core.verify(1, getRequestedFor(urlPathEqualTo("/core/v1/bills/open"))
                .withQueryParam("customerNo", equalTo(customer)));
    }

    @Test
    void aBillPaidAtTwoBanksDuringAnOutageIsPostedOnceAndTheOtherPaymentListedForRefundToItsBank() {
        coreHasUnpaidBill();
        alpha.inquiry(alpha.inquiryBody(customer), token).expectStatus().isOk();
        core.resetAll();
        core.stubFor(get(urlPathEqualTo("/core/v1/bills/open")).willReturn(aResponse().withStatus(503)));
        core.stubFor(post(urlPathEqualTo("/core/v1/payments")).willReturn(aResponse().withStatus(503)));

        // Alpha saw the bill: its payment is checked against that inquiry and accepted; Beta (a PENDING profile,
        // without an inquiry) hears pending
        pay(alpha, token, body(BankClient.newExternalId(), TOTAL, "N"), BankClient.newExternalId(), 200);
        BankClient beta = bank(TestBank.BETA);
        JsonNode betaAnswer = pay(beta, beta.token(), beta.paymentBody(customer, BankClient.newExternalId(), TOTAL,
                "N"), BankClient.newExternalId(), 504);
        assertThat(betaAnswer.at("/virtualAccountData/paymentFlagStatus").asString()).isEqualTo("02");
        assertThat(paymentRows()).isEqualTo(2);

        // the core is back: Alpha's payment is posted first; Beta's finds the bill paid
        core.resetAll();
        corePosts();
        core.stubFor(get(com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/core/v1/payments/.*"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody(CoreFixtures.example("Problem/valid/payment-not-found.json"))));
        core.stubFor(get(urlPathEqualTo("/core/v1/bills/open")).withQueryParam("customerNo", equalTo(customer))
                .willReturn(okJson(CoreFixtures.bill(customer, billId, "PAID"))));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (TestDatabase.count("select count(*) from bank_payment where customer_no = '" + customer
                + "' and state in ('POSTED', 'REFUND_DUE')") < 2 && System.nanoTime() < deadline) {
            relay.drain().block(Duration.ofSeconds(10));
        }

        assertThat(TestDatabase.text("select state from bank_payment where customer_no = '" + customer
                + "' and partner_id = '" + TestBank.ALPHA.id() + "'")).isEqualTo("POSTED");
        assertThat(TestDatabase.text("select state from bank_payment where customer_no = '" + customer
                + "' and partner_id = '" + TestBank.BETA.id() + "'")).isEqualTo("REFUND_DUE");
        core.verify(1, postRequestedFor(urlPathEqualTo("/core/v1/payments")));
        assertThat(openExceptions()).isOne();
        assertThat(TestDatabase.text("select e.refund_to || ' ' || e.amount from payment_exception e join bank_payment p"
                + " on p.id = e.payment_id where p.customer_no = '" + customer + "'"))
                .isEqualTo(TestBank.BETA.id() + " " + TOTAL);
    }

    private void drainUntil(String state) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!state.equals(paymentState()) && System.nanoTime() < deadline) {
            relay.drain().block(Duration.ofSeconds(10));
        }
        assertThat(paymentState()).isEqualTo(state);
    }

    private long openExceptions() {
        return TestDatabase.count("select count(*) from payment_exception e join bank_payment p on p.id = e.payment_id"
                + " where p.customer_no = '" + customer + "' and e.state = 'OPEN'");
    }

    private WebTestClient admin() {
        return admin("ops1", Role.OPERATOR);
    }
}
