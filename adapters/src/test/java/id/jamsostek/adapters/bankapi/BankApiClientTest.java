package id.jamsostek.adapters.bankapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static id.jamsostek.adapters.bankapi.FakeBank.snap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import id.jamsostek.adapters.bank.PaymentFlag;
import id.jamsostek.adapters.core.CoreServiceSettings;
import id.jamsostek.adapters.core.ResilientCall;
import id.jamsostek.contracts.CompanyCode;
import id.jamsostek.contracts.Money;
import id.jamsostek.contracts.VirtualAccountNo;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BankApiClientTest {

    @RegisterExtension
    static WireMockExtension wiremock = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration VERIFY = Duration.ofSeconds(20);
    private static final CompanyCode COMPANY = CompanyCode.of("77701");
    private static final VirtualAccountNo VA = VirtualAccountNo.of(COMPANY, "23000000001");
    private static final String REQUEST_ID = "PRQ-20260504-0001";
    private static final StatusQuery QUERY = StatusQuery.ofPayment(VA, REQUEST_ID);
    private static final LocalDate DAY = LocalDate.of(2026, 5, 4);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-04T03:00:00Z"));
    private FakeBank bank;
    private ConnectionProvider pool;

    @BeforeEach
    void openBank() {
        bank = new FakeBank(wiremock, "");
        pool = ConnectionProvider.builder("bank-test").maxConnections(50).build();
    }

    @AfterEach
    void closePool() {
        pool.disposeLater().block(VERIFY);
    }

    // --- status (26) ---

    @Test
    void asksTheStatusWithASignedRequestAndReadsAPaidPayment() {
        bank.issuesTokens("900", "token-A");
        bank.answersStatus(snap(200, statusAnswer("00")));

        PaymentStatus status = setup().client().paymentStatus(QUERY).block(VERIFY);

        assertThat(status).isInstanceOfSatisfying(PaymentStatus.Paid.class, paid -> {
            ReportedPayment payment = paid.payment();
            assertThat(payment.virtualAccount()).isEqualTo(VA);
            assertThat(payment.paymentRequestId()).isEqualTo(REQUEST_ID);
            assertThat(payment.paidAmount()).isEqualTo(Money.parse("16800.00"));
            assertThat(payment.totalAmount()).isEqualTo(Money.parse("16800.00"));
            assertThat(payment.trxDateTime()).isEqualTo("2026-05-04T09:15:00+07:00");
            assertThat(payment.referenceNo()).isEqualTo("REF-0001");
            assertThat(payment.flag()).isEqualTo(PaymentFlag.SUCCESS);
        });
        LoggedRequest sent = bank.statusRequests().getFirst();
        JsonNode body = JSON.readTree(sent.getBodyAsString());
        assertThat(body.path("partnerServiceId").asString()).isEqualTo("   77701");
        assertThat(body.path("customerNo").asString()).isEqualTo("23000000001");
        assertThat(body.path("virtualAccountNo").asString()).isEqualTo("   7770123000000001");
        assertThat(body.path("inquiryRequestId").asString()).isEqualTo(REQUEST_ID);
        assertThat(body.path("paymentRequestId").asString()).isEqualTo(REQUEST_ID);
        assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer token-A");
        assertThat(sent.getHeader("X-TIMESTAMP")).isEqualTo("2026-05-04T10:00:00+07:00");
        assertThat(sent.getHeader("X-EXTERNAL-ID")).matches("[0-9]{32}");
    }

    @Test
    void readsTheBanksRejectionFlagAsRejected() {
        bank.issuesTokens("900", "token-A");
        bank.answersStatus(snap(200, statusAnswer("01")));

        assertThat(setup().client().paymentStatus(QUERY).block(VERIFY))
                .isInstanceOfSatisfying(PaymentStatus.Rejected.class,
                        rejected -> assertThat(rejected.payment().flag()).isEqualTo(PaymentFlag.REJECTED));
    }

    static Stream<Arguments> statusAnswers() {
        return Stream.of(
                Arguments.of("flag 02", snap(200, statusAnswer("02")), Unknown.Reason.IN_PROGRESS),
                Arguments.of("202 in progress", snap(202, code("2022600", "Request In Progress")),
                        Unknown.Reason.IN_PROGRESS),
                Arguments.of("no flag", snap(200, statusAnswer("00").replace(",\"paymentFlagStatus\":\"00\"", "")),
                        Unknown.Reason.UNEXPECTED_RESPONSE),
                Arguments.of("flag 07", snap(200, statusAnswer("07")), Unknown.Reason.MALFORMED_ANSWER),
                Arguments.of("another payment", snap(200, statusAnswer("00").replace(REQUEST_ID, "PRQ-OTHER")),
                        Unknown.Reason.MISMATCH),
                Arguments.of("another VA", snap(200, statusAnswer("00").replace("23000000001", "23000000002")),
                        Unknown.Reason.MISMATCH),
                Arguments.of("amount without decimals", snap(200, statusAnswer("00").replace("16800.00", "16800")),
                        Unknown.Reason.MALFORMED_ANSWER),
                Arguments.of("amount in USD", snap(200, statusAnswer("00").replace("IDR", "USD")),
                        Unknown.Reason.MALFORMED_ANSWER),
                Arguments.of("bad request", snap(400, code("4002601", "Invalid Field Format customerNo")),
                        Unknown.Reason.UNEXPECTED_RESPONSE),
                Arguments.of("external id reused", snap(409, code("4092600", "Conflict")),
                        Unknown.Reason.UNEXPECTED_RESPONSE),
                Arguments.of("paid bill", snap(404, code("4042614", "Paid Bill")),
                        Unknown.Reason.UNEXPECTED_RESPONSE),
                Arguments.of("feature not allowed", snap(403, code("4032601", "Feature Not Allowed")),
                        Unknown.Reason.UNEXPECTED_RESPONSE),
                Arguments.of("code of another service", snap(200, code("2002500", "Successful")),
                        Unknown.Reason.UNEXPECTED_RESPONSE),
                Arguments.of("general error", snap(500, code("5002600", "General Error")),
                        Unknown.Reason.SERVER_ERROR),
                Arguments.of("bank timeout", snap(504, code("5042600", "Timeout")), Unknown.Reason.SERVER_ERROR),
                Arguments.of("too many requests", snap(429, code("4292600", "Too Many Requests")),
                        Unknown.Reason.THROTTLED),
                Arguments.of("html", aResponse().withStatus(200).withBody("<html>maintenance</html>"),
                        Unknown.Reason.MALFORMED_ANSWER),
                Arguments.of("no response code", snap(200, "{\"virtualAccountData\":{}}"),
                        Unknown.Reason.MALFORMED_ANSWER),
                Arguments.of("a proxy's 404", aResponse().withStatus(404).withBody("Not Found"),
                        Unknown.Reason.MALFORMED_ANSWER),
                Arguments.of("code disagreeing with the status", snap(400, statusAnswer("00")),
                        Unknown.Reason.MALFORMED_ANSWER),
                Arguments.of("empty body", aResponse().withStatus(200), Unknown.Reason.MALFORMED_ANSWER),
                Arguments.of("connection reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                        Unknown.Reason.CONNECTION),
                Arguments.of("malformed chunk", aResponse().withStatus(200).withFault(Fault.MALFORMED_RESPONSE_CHUNK),
                        Unknown.Reason.CONNECTION));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statusAnswers")
    void readsEveryOtherStatusAnswerAsUnknownNeverAsFailed(String name, ResponseDefinitionBuilder answer,
            Unknown.Reason reason) {
        bank.issuesTokens("900", "token-A");
        bank.answersStatus(answer);

        assertThat(setup().client().paymentStatus(QUERY).block(VERIFY))
                .isInstanceOfSatisfying(Unknown.class, unknown -> assertThat(unknown.reason()).isEqualTo(reason));
    }

    @Test
    void keepsTheBanksResponseCodeInAnUnknownOutcome() {
        bank.issuesTokens("900", "token-A");
        bank.answersStatus(snap(409, code("4092600", "Conflict")));

        assertThat(setup().client().paymentStatus(QUERY).block(VERIFY))
                .isEqualTo(new Unknown(Unknown.Reason.UNEXPECTED_RESPONSE, "4092600", "Conflict"));
    }

    @Test
    void readsTransactionNotFoundAndVirtualAccountNotFoundAsNotFound() {
        bank.issuesTokens("900", "token-A");
        BankApiClient client = setup().client();

        bank.answersStatus(snap(404, code("4042601", "Transaction Not Found")));
        assertThat(client.paymentStatus(QUERY).block(VERIFY))
                .isEqualTo(new NotFound("4042601", "Transaction Not Found"));
        bank.answersStatus(snap(404, code("4042612", "Invalid Bill/Virtual Account")));
        assertThat(client.paymentStatus(QUERY).block(VERIFY))
                .isEqualTo(new NotFound("4042612", "Invalid Bill/Virtual Account"));
        // some banks answer every case with HTTP 200 and the verdict in the body only
        bank.answersStatus(snap(200, code("4042601", "Transaction Not Found")));
        assertThat(client.paymentStatus(QUERY).block(VERIFY)).isInstanceOf(NotFound.class);
    }

    @Test
    void anAnswerSlowerThanTheAttemptTimeoutIsUnknown() {
        bank.issuesTokens("900", "token-A");
        bank.answersStatus(snap(200, statusAnswer("00")).withFixedDelay(1_500));

        assertThat(setup().attemptTimeout(Duration.ofMillis(300)).client().paymentStatus(QUERY).block(VERIFY))
                .isInstanceOfSatisfying(Unknown.class,
                        unknown -> assertThat(unknown.reason()).isEqualTo(Unknown.Reason.TIMEOUT));
    }

    @Test
    void retriesAServerErrorWithinTheCallBudget() {
        bank.issuesTokens("900", "token-A");
        wiremock.stubFor(post(urlEqualTo(FakeBank.STATUS_PATH)).atPriority(1)
                .inScenario("flaky").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("recovered")
                .willReturn(snap(503, code("5002600", "General Error"))));
        bank.answersStatus(snap(200, statusAnswer("00")));

        assertThat(setup().maxAttempts(2).client().paymentStatus(QUERY).block(VERIFY))
                .isInstanceOf(PaymentStatus.Paid.class);
        assertThat(bank.statusRequests()).hasSize(2);
        // every attempt is signed anew, with its own external id
        assertThat(bank.statusRequests().stream().map(request -> request.getHeader("X-EXTERNAL-ID")).distinct())
                .hasSize(2);
    }

    @Test
    void anOpenBreakerAnswersUnknownWithoutCallingTheBank() {
        bank.issuesTokens("900", "token-A");
        bank.answersStatus(snap(500, code("5002600", "General Error")));
        // the token request counts as a call to the bank too: one success, then two failures
        BankApiClient client = setup().breaker(3, 3).client();

        client.paymentStatus(QUERY).block(VERIFY);
        client.paymentStatus(QUERY).block(VERIFY);
        assertThat(client.paymentStatus(QUERY).block(VERIFY))
                .isInstanceOfSatisfying(Unknown.class,
                        unknown -> assertThat(unknown.reason()).isEqualTo(Unknown.Reason.BREAKER_OPEN));
        assertThat(bank.statusRequests()).hasSize(2);
    }

    // --- the B2B token (73) ---

    @Test
    void asksTheTokenOnceAndKeepsItForLaterCalls() {
        bank.issuesTokens("900", "token-A");
        bank.answersStatus(snap(200, statusAnswer("00")));
        BankApiClient client = setup().client();

        client.paymentStatus(QUERY).block(VERIFY);
        clock.advance(Duration.ofMinutes(10));
        client.paymentStatus(QUERY).block(VERIFY);

        assertThat(bank.tokenRequests()).hasSize(1);
        LoggedRequest token = bank.tokenRequests().getFirst();
        assertThat(token.getHeader("X-CLIENT-KEY")).isEqualTo(FakeBank.CLIENT_KEY);
        assertThat(JSON.readTree(token.getBodyAsString()).path("grantType").asString())
                .isEqualTo("client_credentials");
        assertThat(bank.statusRequests()).hasSize(2);
    }

    @Test
    void callsWaitingForATokenShareOneTokenRequest() {
        bank.issuesTokens("900", Duration.ofMillis(400), "token-A");
        bank.answersStatus(snap(200, statusAnswer("00")));
        BankApiClient client = setup().client();

        List<PaymentStatus> answers = Flux.merge(IntStream.range(0, 8)
                        .mapToObj(i -> client.paymentStatus(QUERY)).toList())
                .collectList().block(VERIFY);

        assertThat(answers).hasSize(8).allMatch(PaymentStatus.Paid.class::isInstance);
        assertThat(bank.tokenRequests()).hasSize(1);
    }

    @Test
    void renewsTheTokenShortlyBeforeItExpires() {
        bank.issuesTokens("900", "token-A", "token-B");
        bank.answersStatus(snap(200, statusAnswer("00")));
        BankApiClient client = setup().client();

        client.paymentStatus(QUERY).block(VERIFY);
        clock.advance(Duration.ofSeconds(839));
        client.paymentStatus(QUERY).block(VERIFY);
        assertThat(bank.tokenRequests()).hasSize(1);

        clock.advance(Duration.ofSeconds(2));
        bank.forgets("token-A");
        assertThat(client.paymentStatus(QUERY).block(VERIFY)).isInstanceOf(PaymentStatus.Paid.class);
        assertThat(bank.tokenRequests()).hasSize(2);
        assertThat(bank.statusRequests().getLast().getHeader("Authorization")).isEqualTo("Bearer token-B");
    }

    @Test
    void aTokenTheBankNoLongerKnowsIsRenewedOnceAndTheRequestSentAgain() {
        bank.issuesTokens("900", "token-A", "token-B");
        bank.answersStatus(snap(200, statusAnswer("00")));
        BankApiClient client = setup().client();
        client.paymentStatus(QUERY).block(VERIFY);

        bank.forgets("token-A");

        assertThat(client.paymentStatus(QUERY).block(VERIFY)).isInstanceOf(PaymentStatus.Paid.class);
        assertThat(bank.tokenRequests()).hasSize(2);
        assertThat(bank.statusRequests()).hasSize(3);
    }

    @Test
    void aRenewedTokenRefusedAgainLeavesTheOutcomeUnknown() {
        bank.issuesTokens("900", "token-A", "token-B");
        bank.answersStatus(snap(200, statusAnswer("00")));
        BankApiClient client = setup().client();
        bank.forgets("token-A");
        bank.forgets("token-B");

        assertThat(client.paymentStatus(QUERY).block(VERIFY))
                .isEqualTo(new Unknown(Unknown.Reason.UNEXPECTED_RESPONSE, "4012601", "Invalid Token (B2B)"));
        assertThat(bank.tokenRequests()).hasSize(2);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefusedByTheBank() throws Exception {
        bank.issuesTokens("900", "token-A");
        bank.answersStatus(snap(200, statusAnswer("00")));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);

        assertThat(setup().signingKey(generator.generateKeyPair().getPrivate()).client().paymentStatus(QUERY)
                        .block(VERIFY))
                .isInstanceOfSatisfying(Unknown.class, unknown -> {
                    assertThat(unknown.reason()).isEqualTo(Unknown.Reason.TOKEN_REFUSED);
                    assertThat(unknown.responseCode()).isEqualTo("4017300");
                });
        assertThat(bank.statusRequests()).isEmpty();
    }

    @Test
    void aRequestSignedWithAnotherSecretIsRefusedByTheBank() {
        bank.issuesTokens("900", "token-A");
        bank.answersStatus(snap(200, statusAnswer("00")));

        assertThat(setup().clientSecret("not-the-secret-the-bank-gave").client().paymentStatus(QUERY).block(VERIFY))
                .isEqualTo(new Unknown(Unknown.Reason.UNEXPECTED_RESPONSE, "4012600", "Unauthorized. Signature"));
    }

    @Test
    void aFailedTokenRequestIsNotKept() {
        StubMapping down = wiremock.stubFor(post(urlEqualTo(FakeBank.TOKEN_PATH)).atPriority(1)
                .willReturn(snap(503, code("5037300", "Unavailable"))));
        bank.answersStatus(snap(200, statusAnswer("00")));
        BankApiClient client = setup().client();

        assertThat(client.paymentStatus(QUERY).block(VERIFY)).isInstanceOfSatisfying(Unknown.class,
                unknown -> assertThat(unknown.reason()).isEqualTo(Unknown.Reason.SERVER_ERROR));

        wiremock.removeStub(down);
        bank.issuesTokens("900", "token-A");
        assertThat(client.paymentStatus(QUERY).block(VERIFY)).isInstanceOf(PaymentStatus.Paid.class);
    }

    @Test
    void aTokenAnswerWithoutALifetimeIsUnknown() {
        bank.answersTokenRequests(snap(200, """
                {"responseCode":"2007300","responseMessage":"Successful","accessToken":"token-A","tokenType":"Bearer"}"""));

        assertThat(setup().client().paymentStatus(QUERY).block(VERIFY)).isInstanceOfSatisfying(Unknown.class,
                unknown -> assertThat(unknown.reason()).isEqualTo(Unknown.Reason.MALFORMED_ANSWER));
    }

    @Test
    void signsThePathWithTheBanksPrefix() {
        FakeBank prefixed = new FakeBank(wiremock, "/openapi");
        prefixed.issuesTokens("900", "token-A");
        prefixed.answersStatus(snap(200, statusAnswer("00")));

        assertThat(setup().prefix("/openapi/").client().paymentStatus(QUERY).block(VERIFY))
                .isInstanceOf(PaymentStatus.Paid.class);
        assertThat(prefixed.statusRequests().getFirst().getUrl()).isEqualTo("/openapi/v1.0/transfer-va/status");
    }

    // --- report (35) ---

    @Test
    void asksTheReportOfAWholeJakartaDayByGetAndListsItsPayments() {
        bank.issuesTokens("900", "token-A");
        bank.answersReport(RequestMethod.GET, snap(200, """
                {"responseCode":"2003500","responseMessage":"Successful","virtualAccountData":[%s,%s]}"""
                .formatted(payment("23000000001", "PRQ-1", "16800.00"), payment("23000000002", "PRQ-2", "36800.00"))));

        BankReport report = setup().client().report(COMPANY, DAY).block(VERIFY);

        assertThat(report).isInstanceOfSatisfying(BankReport.Listed.class, listed -> {
            assertThat(listed.day()).isEqualTo(DAY);
            assertThat(listed.payments()).extracting(ReportedPayment::paymentRequestId).containsExactly("PRQ-1", "PRQ-2");
            assertThat(listed.payments()).extracting(ReportedPayment::paidAmount)
                    .containsExactly(Money.parse("16800.00"), Money.parse("36800.00"));
            assertThat(listed.payments().getFirst().flag()).isNull();
        });
        JsonNode body = JSON.readTree(bank.reportRequests().getFirst().getBodyAsString());
        assertThat(body.path("partnerServiceId").asString()).isEqualTo("   77701");
        assertThat(body.path("startDate").asString()).isEqualTo("2026-05-04");
        assertThat(body.path("startTime").asString()).isEqualTo("00:00:00+07:00");
        assertThat(body.path("endDate").asString()).isEqualTo("2026-05-04");
        assertThat(body.path("endTime").asString()).isEqualTo("23:59:59+07:00");
    }

    @Test
    void takesTheReportByPostAsTheStandardsExampleAndReadsItsSpelling() {
        bank.issuesTokens("900", "token-A");
        // the standard's example: a numeric response code and "virtualAccountdata"
        bank.answersReport(RequestMethod.POST, snap(200, """
                {"responseCode":2003500,"responseMessage":"Success","virtualAccountdata":[%s]}"""
                .formatted(payment("23000000001", "PRQ-1", "16800.00"))));

        assertThat(setup().reportMethod(BankEndpoint.ReportMethod.POST).client().report(COMPANY, DAY).block(VERIFY))
                .isInstanceOfSatisfying(BankReport.Listed.class,
                        listed -> assertThat(listed.payments()).hasSize(1));
    }

    @Test
    void aDayWithoutPaymentsIsAnEmptyList() {
        bank.issuesTokens("900", "token-A");
        bank.answersReport(RequestMethod.GET, snap(200, """
                {"responseCode":"2003500","responseMessage":"Successful","virtualAccountData":[]}"""));

        assertThat(setup().client().report(COMPANY, DAY).block(VERIFY)).isEqualTo(new BankReport.Listed(DAY, List.of()));
    }

    static Stream<Arguments> reportAnswers() {
        return Stream.of(
                Arguments.of("another company code", snap(200, """
                        {"responseCode":"2003500","responseMessage":"Successful","virtualAccountData":[%s]}"""
                        .formatted(payment("23000000001", "PRQ-1", "16800.00").replace("77701", "77709"))),
                        Unknown.Reason.MISMATCH),
                Arguments.of("an unreadable entry", snap(200, """
                        {"responseCode":"2003500","responseMessage":"Successful","virtualAccountData":[%s]}"""
                        .formatted(payment("23000000001", "PRQ-1", "16,800"))), Unknown.Reason.MALFORMED_ANSWER),
                Arguments.of("no list", snap(200, code("2003500", "Successful")), Unknown.Reason.MALFORMED_ANSWER),
                Arguments.of("in progress", snap(202, code("2023500", "Request In Progress")),
                        Unknown.Reason.IN_PROGRESS),
                Arguments.of("bad request", snap(400, code("4003502", "Invalid Mandatory Field startDate")),
                        Unknown.Reason.UNEXPECTED_RESPONSE),
                Arguments.of("general error", snap(500, code("5003500", "General Error")),
                        Unknown.Reason.SERVER_ERROR));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reportAnswers")
    void readsEveryOtherReportAnswerAsUnknown(String name, ResponseDefinitionBuilder answer, Unknown.Reason reason) {
        bank.issuesTokens("900", "token-A");
        bank.answersReport(RequestMethod.GET, answer);

        assertThat(setup().client().report(COMPANY, DAY).block(VERIFY))
                .isInstanceOfSatisfying(Unknown.class, unknown -> assertThat(unknown.reason()).isEqualTo(reason));
    }

    @Test
    void readsReportNotFoundAsNotFound() {
        bank.issuesTokens("900", "token-A");
        bank.answersReport(RequestMethod.GET, snap(404, code("4043501", "Transaction Not Found")));

        StepVerifier.create(setup().client().report(COMPANY, DAY))
                .expectNext(new NotFound("4043501", "Transaction Not Found"))
                .verifyComplete();
    }

    // --- settings ---

    @Test
    void refusesEndpointsABankCannotBeCalledAt() {
        URI base = URI.create("https://api.bank.example/openapi");
        assertThatThrownBy(() -> new BankEndpoint(URI.create("ftp://bank.example"), "K", "P", "95221",
                BankEndpoint.ReportMethod.GET)).hasMessageContaining("baseUrl");
        assertThatThrownBy(() -> new BankEndpoint(URI.create("https://bank.example/x?y=1"), "K", "P", "95221",
                BankEndpoint.ReportMethod.GET)).hasMessageContaining("baseUrl");
        assertThatThrownBy(() -> new BankEndpoint(base, "K", "P".repeat(37), "95221", BankEndpoint.ReportMethod.GET))
                .hasMessageContaining("partnerId");
        assertThatThrownBy(() -> new BankEndpoint(base, "K", "P", "952210", BankEndpoint.ReportMethod.GET))
                .hasMessageContaining("channelId");
        assertThat(new BankEndpoint(base, "K", "P", "95221", BankEndpoint.ReportMethod.GET).pathPrefix())
                .isEqualTo("/openapi");
        assertThat(setup().secretText()).doesNotContain(FakeBank.SECRET);
    }

    // --- fixtures ---

    private static String code(String responseCode, String message) {
        return "{\"responseCode\":\"%s\",\"responseMessage\":\"%s\"}".formatted(responseCode, message);
    }

    private static String statusAnswer(String flag) {
        return """
                {"responseCode":"2002600","responseMessage":"Successful","virtualAccountData":{
                 "paymentFlagReason":{"english":"Success","indonesia":"Sukses"},
                 "partnerServiceId":"   77701","customerNo":"23000000001","virtualAccountNo":"   7770123000000001",
                 "inquiryRequestId":"%s","paymentRequestId":"%s",
                 "paidAmount":{"value":"16800.00","currency":"IDR"},"totalAmount":{"value":"16800.00","currency":"IDR"},
                 "trxDateTime":"2026-05-04T09:15:00+07:00","referenceNo":"REF-0001","flagAdvise":"N","paymentFlagStatus":"%s"},
                 "additionalInfo":{}}""".formatted(REQUEST_ID, REQUEST_ID, flag).replace("\n", "");
    }

    private static String payment(String customerNo, String requestId, String amount) {
        return """
                {"partnerServiceId":"   77701","customerNo":"%s","virtualAccountNo":"   77701%s",
                 "virtualAccountName":"Jokul Doe","trxId":"T-%s","inquiryRequestId":"%s","paymentRequestId":"%s",
                 "paidAmount":{"value":"%s","currency":"IDR"},"totalAmount":{"value":"%s","currency":"IDR"},
                 "trxDateTime":"20260504T091500+0700","referenceNo":"123456789012345","journalNum":"123456",
                 "paymentType":1,"flagAdvise":"N"}""".formatted(customerNo, customerNo, requestId, requestId, requestId,
                amount, amount).replace("\n", "");
    }

    private BankBuilder setup() {
        return new BankBuilder();
    }

    /** A client toward the fake bank; each test changes one setting at most. */
    private final class BankBuilder {
        private String prefix = "";
        private PrivateKey signingKey = FakeBank.OUR_KEYS.getPrivate();
        private String clientSecret = FakeBank.SECRET;
        private BankEndpoint.ReportMethod reportMethod = BankEndpoint.ReportMethod.GET;
        // far above a loopback answer even on a loaded 2-core machine: only the test about timeouts sets a short one
        private Duration attemptTimeout = Duration.ofSeconds(8);
        private int maxAttempts = 1;
        private int window = 100;
        private int minimumCalls = 100;

        BankBuilder prefix(String value) {
            prefix = value;
            return this;
        }

        BankBuilder signingKey(PrivateKey value) {
            signingKey = value;
            return this;
        }

        BankBuilder clientSecret(String value) {
            clientSecret = value;
            return this;
        }

        BankBuilder reportMethod(BankEndpoint.ReportMethod value) {
            reportMethod = value;
            return this;
        }

        BankBuilder attemptTimeout(Duration value) {
            attemptTimeout = value;
            return this;
        }

        BankBuilder maxAttempts(int value) {
            maxAttempts = value;
            return this;
        }

        BankBuilder breaker(int slidingWindow, int minimumNumberOfCalls) {
            window = slidingWindow;
            minimumCalls = minimumNumberOfCalls;
            return this;
        }

        String secretText() {
            return credentials().toString();
        }

        BankApiClient client() {
            URI baseUrl = URI.create(wiremock.baseUrl() + prefix);
            CoreServiceSettings resilience = new CoreServiceSettings(baseUrl, attemptTimeout, maxAttempts,
                    Duration.ofMillis(10), 100, 50f, window, minimumCalls, Duration.ofSeconds(30));
            WebClient http = WebClient.builder()
                    .clientConnector(new ReactorClientHttpConnector(HttpClient.create(pool)))
                    .build();
            return new BankApiClient("bank-api-test",
                    new BankEndpoint(baseUrl, FakeBank.CLIENT_KEY, FakeBank.PARTNER_ID, FakeBank.CHANNEL_ID,
                            reportMethod),
                    credentials(), http,
                    new ResilientCall("bank-api-test", resilience, CircuitBreakerRegistry.ofDefaults(),
                            BulkheadRegistry.ofDefaults(), RetryRegistry.ofDefaults()),
                    new BankApiTiming(Duration.ofSeconds(9), Duration.ofSeconds(60)), clock);
        }

        private BankCredentials credentials() {
            return new BankCredentials(signingKey, clientSecret.getBytes(StandardCharsets.UTF_8));
        }
    }
}
