package id.jamsostek.adapters.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static id.jamsostek.adapters.core.CoreUnderTest.expectUnavailable;
import static id.jamsostek.adapters.core.CoreUnderTest.plentyOfTime;
import static id.jamsostek.adapters.core.CoreUnderTest.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import id.jamsostek.contracts.Money;
import id.jamsostek.contracts.validation.ContractSchema;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

class BillingClientTest {

    @RegisterExtension
    static WireMockExtension core = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final String CUSTOMER = "12345678901234567890";
    private static final String OPEN_BILL = "/core/v1/bills/open";
    private static final String PAYMENTS = "/core/v1/payments";
    private static final String KEY = "bank-014:abcdef-123456-abcdef";
    private static final Duration VERIFY = Duration.ofSeconds(5);

    @RegisterExtension
    final CoreUnderTest.PerTest underTest = new CoreUnderTest.PerTest(core);

    private BillingClient client(CoreUnderTest.Tuning tuning) {
        return underTest.with(tuning).client;
    }

    private BillingClient client() {
        return client(CoreUnderTest.tuned());
    }

    private static void openBillAnswers(ResponseDefinitionBuilder answer) {
        core.stubFor(get(urlPathEqualTo(OPEN_BILL)).withQueryParam("customerNo", equalTo(CUSTOMER))
                .willReturn(answer));
    }

    private static int requestsSeen() {
        return core.findAll(anyRequestedFor(anyUrl())).size();
    }

    private static int awaitRequests(int expected) {
        return CoreUnderTest.awaitAtLeast(expected, BillingClientTest::requestsSeen);
    }

    private static PaymentPosting bankPayment(OffsetDateTime paidAt) {
        // the fields of contracts/core/examples/PaymentPosting/valid/bank-payment.json
        return new PaymentPosting("BILL-2026-10-0000123", CUSTOMER, Money.parse("739200.00"), paidAt,
                PaymentPosting.Channel.BANK, "BANK-014", "abcdef-123456-abcdef");
    }

    private static PaymentPosting bankPayment() {
        return bankPayment(OffsetDateTime.parse("2026-11-10T09:16:02+07:00"));
    }

    // --- decoding -------------------------------------------------------------------------------------------------

    @Test
    void decodesTheOpenBillWithExactAmountsPeriodsAndLines() {
        openBillAnswers(okJson(CoreExamples.core("Bill/valid/employer-one-month.json")));

        StepVerifier.create(client().openBill(CUSTOMER, plentyOfTime()))
                .assertNext(bill -> {
                    assertThat(bill.billId()).isEqualTo("BILL-2026-10-0000123");
                    assertThat(bill.customerNo()).isEqualTo(CUSTOMER);
                    assertThat(bill.accountType()).isEqualTo(CoreBill.AccountType.EMPLOYER);
                    assertThat(bill.holderName()).isEqualTo("PT NINO JUNIOR");
                    assertThat(bill.status()).isEqualTo(CoreBill.Status.UNPAID);
                    assertThat(bill.totalAmount().toWire()).isEqualTo("739200.00");
                    assertThat(bill.periods()).containsExactly(YearMonth.of(2026, 10));
                    assertThat(bill.dueDate()).isEqualTo(LocalDate.of(2026, 11, 16));
                    assertThat(bill.expiresAt()).isEqualTo(OffsetDateTime.parse("2026-11-30T23:59:59+07:00"));
                    assertThat(bill.lines()).extracting(CoreBill.Line::program)
                            .containsExactly("JKK", "JKM", "JHT", "JP", "JKP");
                    assertThat(bill.lines()).extracting(line -> line.amount().toWire())
                            .containsExactly("19200.00", "24000.00", "456000.00", "240000.00", "0.00");
                    assertThat(bill.lines()).filteredOn(CoreBill.Line::informational)
                            .extracting(CoreBill.Line::program).containsExactly("JKP");
                    Money sum = bill.lines().stream().map(CoreBill.Line::amount).reduce(Money.ZERO, Money::plus);
                    assertThat(sum).isEqualTo(bill.totalAmount());
                })
                .verifyComplete();
    }

    @Test
    void decodesABillWithoutExpiryAndSeveralMonths() {
        openBillAnswers(okJson(CoreExamples.core("Bill/valid/participant-lowest-band-two-months.json")));

        StepVerifier.create(client().openBill(CUSTOMER, plentyOfTime()))
                .assertNext(bill -> {
                    assertThat(bill.expiresAt()).isNull();
                    assertThat(bill.periods()).containsExactly(YearMonth.of(2026, 10), YearMonth.of(2026, 11));
                    assertThat(bill.totalAmount().toWire()).isEqualTo("33600.00");
                })
                .verifyComplete();
    }

    @Test
    void asksForTheOpenBillOfTheGivenCustomerNumber() {
        openBillAnswers(okJson(CoreExamples.core("Bill/valid/employer-one-month.json")));

        StepVerifier.create(client().openBill(CUSTOMER, plentyOfTime())).expectNextCount(1).verifyComplete();

        List<LoggedRequest> seen = core.findAll(anyRequestedFor(anyUrl()));
        assertThat(seen).singleElement().satisfies(request -> {
            assertThat(request.getUrl()).isEqualTo(OPEN_BILL + "?customerNo=" + CUSTOMER);
            assertThat(request.getHeader("Accept")).contains("application/json");
        });
    }

    // --- rejections -----------------------------------------------------------------------------------------------

    @Test
    void turnsUnknownCustomerProblemIntoRejection() {
        openBillAnswers(problem(404, "unknown-customer.json"));

        StepVerifier.create(client().openBill(CUSTOMER, plentyOfTime()))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(CoreRejection.class, r -> {
                    assertThat(r.slug()).isEqualTo(CoreRejection.UNKNOWN_CUSTOMER);
                    assertThat(r.status()).isEqualTo(404);
                    assertThat(r.service()).isEqualTo(BillingClient.SERVICE);
                }))
                .verify(VERIFY);
    }

    @Test
    void turnsBillAlreadyPaidOnPostIntoRejection() {
        core.stubFor(post(urlEqualTo(PAYMENTS)).willReturn(problem(409, "bill-already-paid.json")));

        StepVerifier.create(client().post(bankPayment(), KEY, plentyOfTime()))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(CoreRejection.class, r -> {
                    assertThat(r.is(CoreRejection.BILL_ALREADY_PAID)).isTrue();
                    assertThat(r.status()).isEqualTo(409);
                }))
                .verify(VERIFY);
    }

    @Test
    void treatsA404WithoutProblemBodyAsUnavailableNotAsUnknownCustomer() {
        // a proxy's HTML 404 (wrong path, core not deployed) says nothing about the customer
        openBillAnswers(aResponse().withStatus(404).withHeader("Content-Type", "text/html")
                .withBody("<html>Not Found</html>"));

        expectUnavailable(client().openBill(CUSTOMER, plentyOfTime()), CoreUnavailable.Reason.MALFORMED_ANSWER);
    }

    // --- posting --------------------------------------------------------------------------------------------------

    @Test
    void postForwardsTheIdempotencyKeyAndAContractBody() {
        core.stubFor(post(urlEqualTo(PAYMENTS)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(CoreExamples.core("PaymentReceipt/valid/posted.json"))));

        StepVerifier.create(client().post(bankPayment(), KEY, plentyOfTime()))
                .assertNext(receipt -> {
                    assertThat(receipt.paymentId()).isEqualTo("PAY-000000001");
                    assertThat(receipt.amount().toWire()).isEqualTo("33600.00");
                    assertThat(receipt.bill().billId()).isEqualTo(receipt.billId());
                    assertThat(receipt.bill().holderName()).isEqualTo("SITI AMINAH");
                    assertThat(receipt.bill().status()).isEqualTo(CoreBill.Status.PAID);
                    assertThat(receipt.replayed()).isFalse();
                })
                .verifyComplete();

        List<LoggedRequest> seen = core.findAll(postRequestedFor(urlEqualTo(PAYMENTS)));
        assertThat(seen).singleElement().satisfies(request -> {
            assertThat(request.getHeader("Idempotency-Key")).isEqualTo(KEY);
            assertThat(request.getHeader("Content-Type")).startsWith("application/json");
            assertThat(ContractSchema.load("contracts/core/schemas/PaymentPosting.json").validate(request.getBody()))
                    .isEmpty();
        });
        // same fields, same wire form as the contract's example of a bank payment
        core.verify(postRequestedFor(urlEqualTo(PAYMENTS))
                .withRequestBody(equalToJson(CoreExamples.core("PaymentPosting/valid/bank-payment.json"))));
    }

    @Test
    void postOnTheOpenBillSendsNoBillIdAtAll() {
        core.stubFor(post(urlEqualTo(PAYMENTS)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(CoreExamples.core("PaymentReceipt/valid/posted.json"))));
        PaymentPosting onTheOpenBill = new PaymentPosting(null, CUSTOMER, Money.parse("739200.00"),
                OffsetDateTime.parse("2026-11-10T09:16:02+07:00"), PaymentPosting.Channel.BANK, "BANK-014",
                "abcdef-123456-abcdef");

        StepVerifier.create(client().post(onTheOpenBill, KEY, plentyOfTime())).expectNextCount(1).verifyComplete();

        core.verify(postRequestedFor(urlEqualTo(PAYMENTS))
                .withRequestBody(equalToJson(CoreExamples.core("PaymentPosting/valid/open-bill-payment.json"))));
    }

    @Test
    void postSendsPaidAtWithSecondsEvenOnTheFullMinute() {
        // banks send trxDateTime such as 2026-11-10T09:16:00+07:00; OffsetDateTime#toString drops ":00"
        core.stubFor(post(urlEqualTo(PAYMENTS)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(CoreExamples.core("PaymentReceipt/valid/posted.json"))));

        StepVerifier.create(client().post(bankPayment(OffsetDateTime.parse("2026-11-10T09:16:00+07:00")), KEY,
                        plentyOfTime()))
                .expectNextCount(1)
                .verifyComplete();

        LoggedRequest sent = core.findAll(postRequestedFor(urlEqualTo(PAYMENTS))).getFirst();
        assertThat(ContractSchema.load("contracts/core/schemas/PaymentPosting.json").validate(sent.getBody()))
                .as("body sent: %s", sent.getBodyAsString())
                .isEmpty();
    }

    @Test
    void marksAReplayedReceiptAsReplayed() {
        core.stubFor(post(urlEqualTo(PAYMENTS)).willReturn(okJson(CoreExamples.core("PaymentReceipt/valid/posted.json"))
                .withHeader("Idempotent-Replayed", "true")));

        StepVerifier.create(client().post(bankPayment(), KEY, plentyOfTime()))
                .assertNext(receipt -> assertThat(receipt.replayed()).isTrue())
                .verifyComplete();
    }

    @Test
    void findsTheReceiptPostedUnderAKey() {
        // the key travels as one path segment (its ':' percent-encoded); the core reads it back decoded
        core.stubFor(get(urlPathEqualTo(PAYMENTS + "/" + URLEncoder.encode(KEY, StandardCharsets.UTF_8)))
                .willReturn(okJson(CoreExamples.core("PaymentReceipt/valid/posted.json"))));

        StepVerifier.create(client().postedUnder(KEY, plentyOfTime()))
                .assertNext(receipt -> {
                    assertThat(receipt.billId()).isEqualTo("BILL-BPU-0000456");
                    assertThat(receipt.postedAt()).isEqualTo(OffsetDateTime.parse("2026-11-10T09:16:03.120+07:00"));
                    assertThat(receipt.replayed()).isFalse();
                })
                .verifyComplete();
    }

    @Test
    void reportsPaymentNotFoundWhenNothingWasPostedUnderTheKey() {
        core.stubFor(get(urlPathEqualTo(PAYMENTS + "/missing-key")).willReturn(problem(404, "payment-not-found.json")));

        StepVerifier.create(client().postedUnder("missing-key", plentyOfTime()))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(CoreRejection.class,
                        r -> assertThat(r.slug()).isEqualTo(CoreRejection.PAYMENT_NOT_FOUND)))
                .verify(VERIFY);
    }

    @Test
    void treatsAReceiptThatIsNotPostedAsMalformed() {
        core.stubFor(post(urlEqualTo(PAYMENTS))
                .willReturn(okJson(CoreExamples.core("PaymentReceipt/invalid/status-pending.json"))));

        expectUnavailable(client().post(bankPayment(), KEY, plentyOfTime()), CoreUnavailable.Reason.MALFORMED_ANSWER);
    }

    // --- faults ---------------------------------------------------------------------------------------------------

    @Test
    void failsWithTimeoutWhenTheCoreAnswersAfterTheAttemptTimeout() {
        openBillAnswers(okJson(CoreExamples.core("Bill/valid/employer-one-month.json")).withFixedDelay(1_000));

        expectUnavailable(client(CoreUnderTest.tuned().attemptTimeout(Duration.ofMillis(200)))
                .openBill(CUSTOMER, plentyOfTime()), CoreUnavailable.Reason.TIMEOUT);
    }

    @Test
    void failsWithConnectionWhenTheCoreResetsTheConnection() {
        openBillAnswers(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        expectUnavailable(client().openBill(CUSTOMER, plentyOfTime()), CoreUnavailable.Reason.CONNECTION);
    }

    @Test
    void neverTakesAMalformedChunkForAnAnswer() {
        openBillAnswers(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));

        StepVerifier.create(client().openBill(CUSTOMER, plentyOfTime()))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(CoreUnavailable.class,
                        u -> assertThat(u.reason()).isIn(CoreUnavailable.Reason.CONNECTION,
                                CoreUnavailable.Reason.MALFORMED_ANSWER)))
                .verify(VERIFY);
    }

    @Test
    void failsWithServerErrorOn503() {
        openBillAnswers(serviceUnavailable());

        expectUnavailable(client().openBill(CUSTOMER, plentyOfTime()), CoreUnavailable.Reason.SERVER_ERROR);
    }

    @Test
    void takesTooManyRequestsAndRequestTimeoutAsNoVerdictNeverAsRejection() {
        openBillAnswers(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(429));
        expectUnavailable(client().openBill(CUSTOMER, plentyOfTime()), CoreUnavailable.Reason.THROTTLED);
        openBillAnswers(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(408));
        expectUnavailable(client().openBill(CUSTOMER, plentyOfTime()), CoreUnavailable.Reason.THROTTLED);
    }

    @Test
    void treatsGarbageJsonAsMalformedAnswer() {
        openBillAnswers(okJson("{\"billId\": \"BILL-1\", \"lines\": [ oops"));

        expectUnavailable(client().openBill(CUSTOMER, plentyOfTime()), CoreUnavailable.Reason.MALFORMED_ANSWER);
    }

    @Test
    void treatsAnEmptySuccessBodyAsMalformedAnswer() {
        openBillAnswers(aResponse().withStatus(200).withHeader("Content-Type", "application/json"));

        expectUnavailable(client().openBill(CUSTOMER, plentyOfTime()), CoreUnavailable.Reason.MALFORMED_ANSWER);
    }

    @Test
    void treatsABillInDollarsAsMalformedAnswer() {
        openBillAnswers(okJson(CoreExamples.core("Bill/invalid/currency-usd.json")));

        expectUnavailable(client().openBill(CUSTOMER, plentyOfTime()), CoreUnavailable.Reason.MALFORMED_ANSWER);
    }

    @Test
    void treatsAnAmountSentAsNumberAsMalformedAnswer() {
        openBillAnswers(okJson(CoreExamples.core("Bill/invalid/line-amount-as-number.json")));

        expectUnavailable(client().openBill(CUSTOMER, plentyOfTime()), CoreUnavailable.Reason.MALFORMED_ANSWER);
    }

    // --- retries and the deadline ---------------------------------------------------------------------------------

    @Test
    void retriesA503AndSucceedsOnTheSecondAttempt() {
        core.stubFor(get(urlPathEqualTo(OPEN_BILL)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(serviceUnavailable()).willSetStateTo("recovered"));
        core.stubFor(get(urlPathEqualTo(OPEN_BILL)).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(okJson(CoreExamples.core("Bill/valid/employer-one-month.json"))));

        StepVerifier.create(client(CoreUnderTest.tuned().maxAttempts(2)).openBill(CUSTOMER, plentyOfTime()))
                .assertNext(bill -> assertThat(bill.billId()).isEqualTo("BILL-2026-10-0000123"))
                .verifyComplete();

        assertThat(awaitRequests(2)).isEqualTo(2);
    }

    @Test
    void retriesATimedOutPostingWithTheSameIdempotencyKey() {
        core.stubFor(post(urlEqualTo(PAYMENTS)).inScenario("slow").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody(CoreExamples.core("PaymentReceipt/valid/posted.json")).withFixedDelay(1_000))
                .willSetStateTo("fast"));
        core.stubFor(post(urlEqualTo(PAYMENTS)).inScenario("slow").whenScenarioStateIs("fast")
                .willReturn(okJson(CoreExamples.core("PaymentReceipt/valid/posted.json"))
                        .withHeader("Idempotent-Replayed", "true")));

        BillingClient client = client(CoreUnderTest.tuned().maxAttempts(2).attemptTimeout(Duration.ofMillis(300)));
        StepVerifier.create(client.post(bankPayment(), KEY, plentyOfTime()))
                .assertNext(receipt -> assertThat(receipt.replayed()).isTrue())
                .verifyComplete();

        assertThat(CoreUnderTest.awaitAtLeast(2, () -> core.findAll(postRequestedFor(urlEqualTo(PAYMENTS))).size()))
                .isEqualTo(2);
        assertThat(core.findAll(postRequestedFor(urlEqualTo(PAYMENTS))))
                .extracting(request -> request.getHeader("Idempotency-Key"))
                .containsExactly(KEY, KEY);
    }

    @Test
    void doesNotRetryARejection() {
        openBillAnswers(problem(404, "unknown-customer.json"));

        StepVerifier.create(client(CoreUnderTest.tuned().maxAttempts(3)).openBill(CUSTOMER, plentyOfTime()))
                .expectError(CoreRejection.class)
                .verify(VERIFY);

        assertThat(awaitRequests(1)).isEqualTo(1);
    }

    @Test
    void givesUpAfterMaxAttemptsWithTheLastReason() {
        openBillAnswers(serviceUnavailable());

        expectUnavailable(client(CoreUnderTest.tuned().maxAttempts(3)).openBill(CUSTOMER, plentyOfTime()),
                CoreUnavailable.Reason.SERVER_ERROR);

        assertThat(awaitRequests(3)).isEqualTo(3);
    }

    @Test
    void theRequestDeadlineBoundsTheTotalTimeEvenWithRetries() {
        openBillAnswers(okJson(CoreExamples.core("Bill/valid/employer-one-month.json")).withFixedDelay(1_000));
        BillingClient client = client(CoreUnderTest.tuned().maxAttempts(3).attemptTimeout(Duration.ofSeconds(2)));

        long start = System.nanoTime();
        expectUnavailable(client.openBill(CUSTOMER, Deadline.in(Duration.ofMillis(300))),
                CoreUnavailable.Reason.TIMEOUT);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(elapsed).isLessThan(Duration.ofMillis(900));
    }

    @Test
    void anExpiredDeadlineFailsWithTimeoutAtOnce() {
        openBillAnswers(okJson(CoreExamples.core("Bill/valid/employer-one-month.json")).withFixedDelay(1_000));
        BillingClient client = client(CoreUnderTest.tuned().maxAttempts(3));

        long start = System.nanoTime();
        expectUnavailable(client.openBill(CUSTOMER, new Deadline(System.nanoTime() - 1)),
                CoreUnavailable.Reason.TIMEOUT);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
    }
}
