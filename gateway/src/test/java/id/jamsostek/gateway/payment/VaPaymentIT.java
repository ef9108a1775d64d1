package id.jamsostek.gateway.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.moreThanOrExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.notMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
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
    private static final UrlPattern PAYMENTS = urlPathEqualTo("/core/v1/payments");

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

    /**
     * The core posts the bill's total of this test's customer (again under the same key: the same receipt, as the core
     * replays it) and the receipt names the bill; it refuses any other amount. Other tests' payments the relay may
     * meet are not this bill's.
     */
    private void corePosts() {
        core.stubFor(post(PAYMENTS).withRequestBody(matchingJsonPath("$.customerNo", equalTo(customer)))
                .withRequestBody(matchingJsonPath("$.amount", equalTo(TOTAL)))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody(CoreFixtures.receipt(customer, billId, TOTAL))));
        core.stubFor(post(PAYMENTS).withRequestBody(matchingJsonPath("$.customerNo", equalTo(customer)))
                .withRequestBody(matchingJsonPath("$.amount", notMatching(TOTAL.replace(".", "\\."))))
                .willReturn(coreRefuses(422, "amount-mismatch")));
    }

    /** The bill is paid under another key by the time this payment reaches the core. */
    private void coreFindsTheBillPaidFor(TestBank bank, String requestId) {
        String key = PaymentKeys.of(bank.id(), bank.partnerServiceId() + customer, requestId);
        core.stubFor(post(PAYMENTS).withHeader("Idempotency-Key", equalTo(key))
                .willReturn(coreRefuses(409, "bill-already-paid")));
    }

    private static ResponseDefinitionBuilder coreRefuses(int status, String problem) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody(CoreFixtures.example("Problem/valid/" + problem + ".json"));
    }

    /** The bank's inquiry: what lets the gateway promise success while the core cannot answer a posting. */
    private void bankInquires() {
        alpha.inquiry(alpha.inquiryBody(customer), token).expectStatus().isOk();
    }

    private long outboxRows() {
        return TestDatabase.count("select count(*) from outbox o join bank_payment p on p.id = o.aggregate_id"
                + " where p.customer_no = '" + customer + "'");
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
    void aBillIsPaidOnceWhateverTheIdsAndNothingStaysOfTheRefusedPayment() {
        coreHasUnpaidBill();
        corePosts();
        pay(alpha, token, body(BankClient.newExternalId(), TOTAL, "N"), BankClient.newExternalId(), 200);
        String secondRequestId = BankClient.newExternalId();
        coreFindsTheBillPaidFor(TestBank.ALPHA, secondRequestId);
        JsonNode second = pay(alpha, token, body(secondRequestId, TOTAL, "N"), BankClient.newExternalId(), 404);
        assertThat(second.get("responseCode").asString()).isEqualTo("4042514");
        assertThat(second.at("/virtualAccountData/paymentFlagStatus").asString()).isEqualTo("01");
        assertThat(paymentRows()).isOne();
        assertThat(paymentState()).isEqualTo("POSTED");
        assertThat(outboxRows()).isOne();
    }

    @Test
    void rejectsAnAmountThatIsNotTheBillsTotalWith4042513AndRecordsNothing() {
        coreHasUnpaidBill();
        corePosts();
        JsonNode answer = pay(alpha, token, body(BankClient.newExternalId(), "739199.00", "N"),
                BankClient.newExternalId(), 404);
        assertThat(answer.get("responseCode").asString()).isEqualTo("4042513");
        assertThat(answer.at("/virtualAccountData/paymentFlagStatus").asString()).isEqualTo("01");
        assertThat(paymentRows()).isZero();
        assertThat(outboxRows()).isZero();
        // one round trip: the core checked the amount where it posts, no bill was read before
        core.verify(0, getRequestedFor(urlPathEqualTo("/core/v1/bills/open")));
        core.verify(1, postRequestedFor(PAYMENTS).withRequestBody(notContaining("billId")));
    }

    @Test
    void paidExpiredAndUnknownBillsGetTheirCodes() {
        core.stubFor(post(PAYMENTS).willReturn(coreRefuses(409, "bill-already-paid")));
        assertThat(pay(alpha, token, body(BankClient.newExternalId(), TOTAL, "N"), BankClient.newExternalId(), 404)
                .get("responseCode").asString()).isEqualTo("4042514");
        core.stubFor(post(PAYMENTS).willReturn(coreRefuses(410, "bill-expired")));
        assertThat(pay(alpha, token, body(BankClient.newExternalId(), TOTAL, "N"), BankClient.newExternalId(), 404)
                .get("responseCode").asString()).isEqualTo("4042519");
        core.stubFor(post(PAYMENTS).willReturn(coreRefuses(404, "unknown-customer")));
        assertThat(pay(alpha, token, body(BankClient.newExternalId(), TOTAL, "N"), BankClient.newExternalId(), 404)
                .get("responseCode").asString()).isEqualTo("4042512");
        assertThat(paymentRows()).isZero();
        assertThat(outboxRows()).isZero();
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
        bankInquires();
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
        // the relay posted the same request under the same key, and the answers now show the bill the core named
        core.verify(moreThanOrExactly(1), postRequestedFor(PAYMENTS));
        core.verify(0, postRequestedFor(PAYMENTS).withRequestBody(containing("billId")));
        assertThat(TestDatabase.text("select bill_id from bank_payment where customer_no = '" + customer + "'"))
                .isEqualTo(billId);
    }

    @Test
    void withoutTheBanksInquiryACoreTimeoutIsPendingEvenForAnAcceptProfile() {
        coreHasUnpaidBill();
        core.stubFor(post(PAYMENTS).willReturn(aResponse().withFixedDelay(2_000).withStatus(201)));
        JsonNode answer = pay(alpha, token, body(BankClient.newExternalId(), TOTAL, "N"), BankClient.newExternalId(),
                504);
        assertThat(answer.get("responseCode").asString()).isEqualTo("5042500");
        assertThat(answer.at("/virtualAccountData/paymentFlagStatus").asString()).isEqualTo("02");
        assertThat(paymentState()).isEqualTo("ACCEPTED");
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
            bankInquires();
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
        core.verify(1, postRequestedFor(PAYMENTS).withRequestBody(matchingJsonPath("$.amount", equalTo(TOTAL))));
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
        assertThat(paymentRows()).isZero();
        assertThat(outboxRows()).isZero();
    }

    @Test
    void aRefusalAtTheCoreAfterTheBankWasAnsweredLandsInTheExceptionListForRefund() {
        coreHasUnpaidBill();
        bankInquires();
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
        bankInquires();
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

    // --- the core is down: what the bank's inquiry showed decides what may be promised

    @Test
    void whileTheCoreIsDownAPaymentIsCheckedAgainstTheBanksInquiryAndAccepted() {
        coreHasUnpaidBill();
        bankInquires();
        core.resetAll();
        core.stubFor(get(urlPathEqualTo("/core/v1/bills/open")).willReturn(aResponse().withStatus(503)));
        core.stubFor(post(PAYMENTS).willReturn(aResponse().withStatus(503)));

        JsonNode answer = pay(alpha, token, body(BankClient.newExternalId(), TOTAL, "N"), BankClient.newExternalId(),
                200);
        assertThat(answer.at("/virtualAccountData/paymentFlagStatus").asString()).isEqualTo("00");
        assertThat(answer.at("/virtualAccountData/virtualAccountName").asString()).isNotBlank();
        assertThat(answer.at("/virtualAccountData/billDetails")).hasSize(5);
        assertThat(paymentState()).isEqualTo("ACCEPTED");
    }

    @Test
    void whileTheCoreIsDownAnAmountTheInquiryDidNotShowIsPendingNeverPromisedAndRefusedOnceTheCoreSaysSo() {
        coreHasUnpaidBill();
        bankInquires();
        core.resetAll();
        core.stubFor(post(PAYMENTS).willReturn(aResponse().withStatus(503)));

        // the posting may have reached the core: its outcome is unknown, so the bank is not told "refused" yet
        JsonNode wrong = pay(alpha, token, body(BankClient.newExternalId(), "1.00", "N"), BankClient.newExternalId(),
                504);
        assertThat(wrong.get("responseCode").asString()).isEqualTo("5042500");
        assertThat(wrong.at("/virtualAccountData/paymentFlagStatus").asString()).isEqualTo("02");

        core.resetAll();
        corePosts();
        drainUntil("REFUND_DUE");
        assertThat(TestDatabase.text("select rejection from bank_payment where customer_no = '" + customer + "'"))
                .isEqualTo("amount-mismatch");
    }

    @Test
    void whileTheCoreIsDownASecondPaymentOfABillTheGatewayHasPostedIsPendingNeverPromised() {
        coreHasUnpaidBill();
        bankInquires();
        corePosts();
        pay(alpha, token, body(BankClient.newExternalId(), TOTAL, "N"), BankClient.newExternalId(), 200);
        core.resetAll();
        core.stubFor(post(PAYMENTS).willReturn(aResponse().withStatus(503)));

        // the inquiry showed the bill unpaid, but the gateway holds its posting: nothing can be promised
        JsonNode second = pay(alpha, token, body(BankClient.newExternalId(), TOTAL, "N"), BankClient.newExternalId(),
                504);
        assertThat(second.at("/virtualAccountData/paymentFlagStatus").asString()).isEqualTo("02");
        assertThat(TestDatabase.count("select count(*) from bank_payment where customer_no = '" + customer
                + "' and state = 'ACCEPTED' and promised = '02' and bill_id is null")).isOne();
    }

    @Test
    void aPaymentTheCoreKnowsUnderItsKeyWithAnotherBodyIsSettledByTheReceiptPostedUnderIt() {
        // a payment first posted naming its bill (as the gateway did before postings named none) meets the core again
        coreHasUnpaidBill();
        bankInquires();
        core.stubFor(post(PAYMENTS).willReturn(aResponse().withStatus(503)));
        String requestId = BankClient.newExternalId();
        pay(alpha, token, body(requestId, TOTAL, "N"), BankClient.newExternalId(), 200);

        core.resetAll();
        core.stubFor(post(PAYMENTS).willReturn(coreRefuses(422, "idempotency-key-reused")));
        String key = PaymentKeys.of(TestBank.ALPHA.id(), TestBank.ALPHA.partnerServiceId() + customer, requestId);
        core.stubFor(get(urlPathEqualTo("/core/v1/payments/" + key)).willReturn(okJson(
                CoreFixtures.receipt(customer, billId, TOTAL))));
        drainUntil("POSTED");
        assertThat(TestDatabase.text("select core_payment_id from bank_payment where customer_no = '" + customer
                + "'")).isEqualTo("PAY-" + billId);
    }

    @Test
    void whileTheCoreIsDownAPaymentNeverSeenBeforeIsRecordedAsPendingAndSettledLater() {
        core.stubFor(post(PAYMENTS).willReturn(aResponse().withStatus(503)));
        JsonNode answer = pay(alpha, token, body(BankClient.newExternalId(), TOTAL, "N"), BankClient.newExternalId(),
                504);
        assertThat(answer.get("responseCode").asString()).isEqualTo("5042500");
        assertThat(answer.at("/virtualAccountData/paymentFlagStatus").asString()).isEqualTo("02");
        assertThat(paymentState()).isEqualTo("ACCEPTED");

        core.resetAll();
        corePosts();
        drainUntil("POSTED");
        core.verify(0, postRequestedFor(PAYMENTS).withRequestBody(containing("billId")));
        core.verify(0, getRequestedFor(urlPathEqualTo("/core/v1/bills/open")));
    }

    @Test
    void aBillPaidAtTwoBanksDuringAnOutageIsPromisedToTheFirstRefusedToTheSecondAndPostedOnce() {
        coreHasUnpaidBill();
        bankInquires();
        core.resetAll();
        core.stubFor(get(urlPathEqualTo("/core/v1/bills/open")).willReturn(aResponse().withStatus(503)));
        core.stubFor(post(PAYMENTS).willReturn(aResponse().withStatus(503)));

        // Alpha saw the bill: its payment is checked against that inquiry and accepted; while it is on its way, the
        // customer's bill is taken, and Beta's payment of it is refused at once, nothing of it recorded
        pay(alpha, token, body(BankClient.newExternalId(), TOTAL, "N"), BankClient.newExternalId(), 200);
        BankClient beta = bank(TestBank.BETA);
        JsonNode betaAnswer = pay(beta, beta.token(), beta.paymentBody(customer, BankClient.newExternalId(), TOTAL,
                "N"), BankClient.newExternalId(), 404);
        assertThat(betaAnswer.get("responseCode").asString()).isEqualTo("4042514");
        assertThat(betaAnswer.at("/virtualAccountData/paymentFlagStatus").asString()).isEqualTo("01");
        assertThat(paymentRows()).isOne();

        core.resetAll();
        corePosts();
        drainUntil("POSTED");
        assertThat(TestDatabase.text("select partner_id from bank_payment where customer_no = '" + customer + "'"))
                .isEqualTo(TestBank.ALPHA.id());
        assertThat(openExceptions()).isZero();
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
