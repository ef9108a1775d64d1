package id.jamsostek.adapters.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static id.jamsostek.adapters.core.CoreUnderTest.expectUnavailable;
import static id.jamsostek.adapters.core.CoreUnderTest.plentyOfTime;
import static id.jamsostek.adapters.core.CoreUnderTest.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import id.jamsostek.contracts.EmployerRef;
import id.jamsostek.contracts.Money;
import id.jamsostek.contracts.Program;
import id.jamsostek.contracts.Sex;
import id.jamsostek.contracts.validation.ContractSchema;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class EmployerClientTest {

    @RegisterExtension
    static WireMockExtension core = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final EmployerRef MAJU = EmployerRef.of("19012345", "000");
    private static final String UNIT = "/core/v1/employers/19012345/divisions/000";
    private static final String EMPLOYEES = UNIT + "/employees";
    private static final String NOVEMBER_REPORT = UNIT + "/wage-reports/2026-11";
    private static final String SEPTEMBER_BILL = UNIT + "/contribution-bills/2026-09";
    private static final String PREVIEWS = "/core/v1/contribution-previews";
    private static final String KEY = "employer-partner-7:reg-0001";
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final Duration VERIFY = Duration.ofSeconds(5);

    @RegisterExtension
    final CoreUnderTest.PerTest underTest = new CoreUnderTest.PerTest(core);

    private EmployerClient client(CoreUnderTest.Tuning tuning) {
        return underTest.with(tuning).employers;
    }

    private EmployerClient client() {
        return client(CoreUnderTest.tuned());
    }

    private static ResponseDefinitionBuilder example(int status, String example) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(CoreExamples.core(example));
    }

    /** The fields of contracts/core/examples/EmployeeRegistration/valid/indonesian-by-nik-required-programs.json. */
    private static EmployeeRegistration sriWahyuni() {
        return new EmployeeRegistration("ID", "3603015505900102", null, "Sri Wahyuni", LocalDate.of(1990, 5, 15),
                Sex.FEMALE, LocalDate.of(2026, 11, 2), Money.parse("6500000.00"), List.of());
    }

    /** The fields of contracts/core/examples/WageReport/valid/correction-with-leaver.json. */
    private static WageReport correction() {
        return new WageReport(2, List.of(new WageReport.Wage("21010000001", Money.parse("8500000.00")),
                new WageReport.Wage("23000000001", Money.parse("6750000.00"))),
                List.of(new WageReport.Leaver("21010000002", LocalDate.of(2026, 11, 20),
                        WageReport.LeaveReason.RESIGNED)));
    }

    /** The fields of contracts/core/examples/ContributionPreviewCommand/valid/worked-examples.json. */
    private static ContributionPreviewCommand workedExamples() {
        return new ContributionPreviewCommand(MAJU, YearMonth.of(2025, 6), List.of(
                new ContributionPreviewCommand.Line("PAYROLL-0001", Money.parse("8000000.00")),
                new ContributionPreviewCommand.Line("PAYROLL-0002", Money.parse("15000000.00"))));
    }

    private static void expectRejection(Mono<?> call, String slug, int status,
            Consumer<CoreRejection.Details> details) {
        StepVerifier.create(call)
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(CoreRejection.class, r -> {
                    assertThat(r.slug()).isEqualTo(slug);
                    assertThat(r.status()).isEqualTo(status);
                    assertThat(r.service()).isEqualTo(EmployerClient.SERVICE);
                    details.accept(r.details());
                }))
                .verify(VERIFY);
    }

    // --- profile --------------------------------------------------------------------------------------------------

    @Test
    void readsTheProfileOfAUnit() {
        core.stubFor(get(urlEqualTo(UNIT)).willReturn(okJson(CoreExamples.core(
                "EmployerProfile/valid/large-head-office.json"))));

        StepVerifier.create(client().profile(MAJU, plentyOfTime()))
                .assertNext(profile -> {
                    assertThat(profile.employer()).isEqualTo(MAJU);
                    assertThat(profile.name()).isEqualTo("PT MAJU BERSAMA SEJAHTERA");
                    assertThat(profile.riskGroup()).isEqualTo(RiskGroup.I);
                    assertThat(profile.businessScale()).isEqualTo(BusinessScale.LARGE);
                    assertThat(profile.paymentCode()).isEqualTo("100200300401");
                    assertThat(profile.requiredPrograms())
                            .containsExactly(Program.JKK, Program.JKM, Program.JHT, Program.JP);
                    assertThat(profile.registeredOn()).isEqualTo(LocalDate.of(2025, 3, 1));
                })
                .verifyComplete();
    }

    @Test
    void turnsUnknownEmployerIntoRejection() {
        core.stubFor(get(urlEqualTo(UNIT)).willReturn(problem(404, "unknown-employer.json")));

        expectRejection(client().profile(MAJU, plentyOfTime()), CoreRejection.UNKNOWN_EMPLOYER, 404,
                details -> assertThat(details).isEqualTo(CoreRejection.Details.NONE));
    }

    // --- registration ---------------------------------------------------------------------------------------------

    @Test
    void registersForwardingTheIdempotencyKeyAndAContractBody() {
        core.stubFor(post(urlEqualTo(EMPLOYEES)).willReturn(example(201, "EmployeeRecord/valid/indonesian-active.json")));

        StepVerifier.create(client().register(MAJU, sriWahyuni(), KEY, plentyOfTime()))
                .assertNext(record -> {
                    assertThat(record.kpj()).isEqualTo("23000000001");
                    assertThat(record.employer()).isEqualTo(MAJU);
                    assertThat(record.nik()).isEqualTo("3603015505900102");
                    assertThat(record.passportNo()).isNull();
                    assertThat(record.startDate()).isEqualTo(LocalDate.of(2026, 11, 2));
                    assertThat(record.monthlyWage().toWire()).isEqualTo("6500000.00");
                    assertThat(record.programs()).containsExactly(Program.JKK, Program.JKM, Program.JHT, Program.JP);
                    assertThat(record.status()).isEqualTo(EmployeeRecord.Status.ACTIVE);
                    assertThat(record.endDate()).isNull();
                    assertThat(record.replayed()).isFalse();
                    assertThat(record.toString()).doesNotContain("3603015505900102", "Sri");
                })
                .verifyComplete();

        LoggedRequest sent = core.findAll(postRequestedFor(urlEqualTo(EMPLOYEES))).getFirst();
        assertThat(sent.getHeader("Idempotency-Key")).isEqualTo(KEY);
        assertThat(ContractSchema.load("contracts/core/schemas/EmployeeRegistration.json").validate(sent.getBody()))
                .isEmpty();
        core.verify(postRequestedFor(urlEqualTo(EMPLOYEES)).withRequestBody(equalToJson(CoreExamples.core(
                "EmployeeRegistration/valid/indonesian-by-nik-required-programs.json"))));
    }

    @Test
    void sendsAForeignersPassportAndTheProgramsAskedFor() {
        core.stubFor(post(urlEqualTo(EMPLOYEES)).willReturn(example(201, "EmployeeRecord/valid/foreigner-active.json")));
        EmployeeRegistration kenji = new EmployeeRegistration("JP", null, "TZ1234567", "Kenji Sato",
                LocalDate.of(1985, 2, 3), Sex.MALE, LocalDate.of(2026, 11, 2), Money.parse("25000000.00"),
                List.of(Program.JKK, Program.JKM, Program.JHT, Program.JP));

        StepVerifier.create(client().register(MAJU, kenji, KEY, plentyOfTime()))
                .assertNext(record -> {
                    assertThat(record.passportNo()).isEqualTo("TZ1234567");
                    assertThat(record.nik()).isNull();
                })
                .verifyComplete();

        core.verify(postRequestedFor(urlEqualTo(EMPLOYEES)).withRequestBody(equalToJson(CoreExamples.core(
                "EmployeeRegistration/valid/foreigner-by-passport.json"))));
    }

    @Test
    void marksAReplayedRegistrationAsReplayed() {
        core.stubFor(post(urlEqualTo(EMPLOYEES)).willReturn(example(200, "EmployeeRecord/valid/indonesian-active.json")
                .withHeader("Idempotent-Replayed", "true")));

        StepVerifier.create(client().register(MAJU, sriWahyuni(), KEY, plentyOfTime()))
                .assertNext(record -> assertThat(record.replayed()).isTrue())
                .verifyComplete();
    }

    @Test
    void turnsAlreadyEmployeeIntoRejectionWithTheKpj() {
        core.stubFor(post(urlEqualTo(EMPLOYEES)).willReturn(problem(409, "already-employee.json")));

        expectRejection(client().register(MAJU, sriWahyuni(), KEY, plentyOfTime()), CoreRejection.ALREADY_EMPLOYEE,
                409, details -> assertThat(details.kpj()).isEqualTo("21010000001"));
    }

    @Test
    void turnsInvalidEmployeeIntoRejectionWithItsErrors() {
        core.stubFor(post(urlEqualTo(EMPLOYEES)).willReturn(problem(422, "invalid-employee.json")));

        expectRejection(client().register(MAJU, sriWahyuni(), KEY, plentyOfTime()), CoreRejection.INVALID_EMPLOYEE,
                422, details -> assertThat(details.errors()).containsExactly(
                        new CoreRejection.FieldError("/nik", "does not agree with birthDate"),
                        new CoreRejection.FieldError("/birthDate", "makes the person younger than 15 on startDate"),
                        new CoreRejection.FieldError("/programs", "misses JP, required for a LARGE employer")));
    }

    @Test
    void turnsAReusedKeyIntoRejection() {
        core.stubFor(post(urlEqualTo(EMPLOYEES)).willReturn(problem(422, "idempotency-key-reused.json")));

        expectRejection(client().register(MAJU, sriWahyuni(), KEY, plentyOfTime()),
                CoreRejection.IDEMPOTENCY_KEY_REUSED, 422, details -> assertThat(details.errors()).isEmpty());
    }

    @Test
    void retriesARegistrationAfterA503WithTheSameKey() {
        core.stubFor(post(urlEqualTo(EMPLOYEES)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(serviceUnavailable()).willSetStateTo("recovered"));
        core.stubFor(post(urlEqualTo(EMPLOYEES)).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(example(201, "EmployeeRecord/valid/indonesian-active.json")));

        StepVerifier.create(client(CoreUnderTest.tuned().maxAttempts(2)).register(MAJU, sriWahyuni(), KEY,
                        plentyOfTime()))
                .expectNextCount(1)
                .verifyComplete();

        assertThat(CoreUnderTest.awaitAtLeast(2, () -> core.findAll(postRequestedFor(urlEqualTo(EMPLOYEES))).size()))
                .isEqualTo(2);
        assertThat(core.findAll(postRequestedFor(urlEqualTo(EMPLOYEES))))
                .extracting(request -> request.getHeader("Idempotency-Key")).containsExactly(KEY, KEY);
    }

    // --- wage reports ---------------------------------------------------------------------------------------------

    @Test
    void putsAWageReportVersionWithoutAKey() {
        core.stubFor(put(urlEqualTo(NOVEMBER_REPORT)).willReturn(example(201, "WageReportReceipt/valid/correction.json")));

        StepVerifier.create(client().reportWages(MAJU, NOVEMBER, correction(), plentyOfTime()))
                .assertNext(receipt -> {
                    assertThat(receipt.employer()).isEqualTo(MAJU);
                    assertThat(receipt.period()).isEqualTo(NOVEMBER);
                    assertThat(receipt.version()).isEqualTo(2);
                    assertThat(receipt.supersededVersion()).isEqualTo(1);
                    assertThat(receipt.employees()).isEqualTo(2);
                    assertThat(receipt.leavers()).isEqualTo(1);
                    assertThat(receipt.replayed()).isFalse();
                })
                .verifyComplete();

        LoggedRequest sent = core.findAll(putRequestedFor(urlEqualTo(NOVEMBER_REPORT))).getFirst();
        assertThat(sent.getHeader("Idempotency-Key")).isNull();
        core.verify(putRequestedFor(urlEqualTo(NOVEMBER_REPORT)).withRequestBody(equalToJson(CoreExamples.core(
                "WageReport/valid/correction-with-leaver.json"))));
    }

    @Test
    void readsAFirstVersionsReceiptAndAReplay() {
        core.stubFor(put(urlEqualTo(NOVEMBER_REPORT)).willReturn(example(200,
                "WageReportReceipt/valid/first-version.json").withHeader("Idempotent-Replayed", "true")));

        StepVerifier.create(client().reportWages(MAJU, NOVEMBER, correction(), plentyOfTime()))
                .assertNext(receipt -> {
                    assertThat(receipt.supersededVersion()).isNull();
                    assertThat(receipt.replayed()).isTrue();
                })
                .verifyComplete();
    }

    @Test
    void turnsASupersededVersionIntoRejectionWithTheVersionInForce() {
        core.stubFor(put(urlEqualTo(NOVEMBER_REPORT)).willReturn(problem(409, "wage-report-superseded.json")));

        expectRejection(client().reportWages(MAJU, NOVEMBER, correction(), plentyOfTime()),
                CoreRejection.WAGE_REPORT_SUPERSEDED, 409,
                details -> assertThat(details.currentVersion()).isEqualTo(3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"wage-report-version-conflict", "period-closed"})
    void turnsTheOtherConflictsOfAWageReportIntoRejections(String slug) {
        core.stubFor(put(urlEqualTo(NOVEMBER_REPORT)).willReturn(problem(409, slug + ".json")));

        expectRejection(client().reportWages(MAJU, NOVEMBER, correction(), plentyOfTime()), slug, 409,
                details -> assertThat(details.currentVersion()).isNull());
    }

    @Test
    void turnsAnInvalidWageReportIntoRejectionWithItsErrorsAndTheWholeRequestPointer() {
        core.stubFor(put(urlEqualTo(NOVEMBER_REPORT)).willReturn(problem(422, "invalid-wage-report.json")));

        expectRejection(client().reportWages(MAJU, NOVEMBER, correction(), plentyOfTime()),
                CoreRejection.INVALID_WAGE_REPORT, 422, details -> assertThat(details.errors())
                        .extracting(CoreRejection.FieldError::pointer)
                        .containsExactly("", "/wages/3/kpj", "/leavers/0/endDate"));
    }

    @Test
    void retriesATimedOutWageReportWithTheSameVersion() {
        core.stubFor(put(urlEqualTo(NOVEMBER_REPORT)).inScenario("slow").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(example(201, "WageReportReceipt/valid/correction.json").withFixedDelay(1_000))
                .willSetStateTo("fast"));
        core.stubFor(put(urlEqualTo(NOVEMBER_REPORT)).inScenario("slow").whenScenarioStateIs("fast")
                .willReturn(example(200, "WageReportReceipt/valid/correction.json")
                        .withHeader("Idempotent-Replayed", "true")));

        EmployerClient client = client(CoreUnderTest.tuned().maxAttempts(2).attemptTimeout(Duration.ofMillis(300)));
        StepVerifier.create(client.reportWages(MAJU, NOVEMBER, correction(), plentyOfTime()))
                .assertNext(receipt -> assertThat(receipt.replayed()).isTrue())
                .verifyComplete();

        assertThat(CoreUnderTest.awaitAtLeast(2, () -> core.findAll(putRequestedFor(urlEqualTo(NOVEMBER_REPORT)))
                .size())).isEqualTo(2);
        assertThat(core.findAll(putRequestedFor(urlEqualTo(NOVEMBER_REPORT))))
                .extracting(LoggedRequest::getBodyAsString).allSatisfy(body -> assertThat(body).contains("\"version\":2"));
    }

    // --- contribution bills and previews --------------------------------------------------------------------------

    @Test
    void readsAContributionBillWithLateFeesEmployeesAndTheInformationalJkpLine() {
        core.stubFor(get(urlEqualTo("/core/v1/employers/19012346/divisions/000/contribution-bills/2026-09"))
                .willReturn(okJson(CoreExamples.core("ContributionBill/valid/unpaid-two-months-late.json"))));

        StepVerifier.create(client().contributionBill(EmployerRef.of("19012346", "000"), YearMonth.of(2026, 9),
                        plentyOfTime()))
                .assertNext(bill -> {
                    assertThat(bill.employerName()).isEqualTo("CV SINAR CAHAYA BALARAJA");
                    assertThat(bill.status()).isEqualTo(ContributionBill.Status.UNPAID);
                    assertThat(bill.riskGroup()).isEqualTo(RiskGroup.III);
                    assertThat(bill.businessScale()).isEqualTo(BusinessScale.MEDIUM);
                    assertThat(bill.dueDate()).isEqualTo(LocalDate.of(2026, 10, 15));
                    assertThat(bill.billId()).isEqualTo("BL452CC6B94A89BC0E026D4852");
                    assertThat(bill.wageReportVersion()).isNull();
                    assertThat(bill.programs().getLast()).isEqualTo(new ProgramAmount(Program.JKP, Money.ZERO,
                            Money.ZERO, Money.parse("36000.00"), true));
                    assertThat(bill.lateFees()).first().isEqualTo(new ContributionBill.LateFee(Program.JKK, 2,
                            Money.parse("4058.00")));
                    assertThat(bill.employees()).extracting(ContributionBill.Employee::kpj)
                            .containsExactly("21010000003", "21010000004");
                    assertThat(bill.employees().getFirst().programs()).contains(new ProgramShare(Program.JP,
                            Money.parse("108000.00"), Money.parse("54000.00")));
                    assertThat(bill.lateFeeTotal().toWire()).isEqualTo("34838.00");
                    assertThat(bill.totalAmount().toWire()).isEqualTo("1162298.00");
                })
                .verifyComplete();
    }

    @Test
    void readsAPaidMonthWithoutBillAndAnEmployeeWithoutJp() {
        core.stubFor(get(urlEqualTo(UNIT + "/contribution-bills/2025-06")).willReturn(okJson(CoreExamples.core(
                "ContributionBill/valid/paid-month-worked-examples.json"))));
        core.stubFor(get(urlEqualTo("/core/v1/employers/19012347/divisions/000/contribution-bills/2026-11"))
                .willReturn(okJson(CoreExamples.core("ContributionBill/valid/micro-without-jp-after-wage-report.json"))));

        StepVerifier.create(client().contributionBill(MAJU, YearMonth.of(2025, 6), plentyOfTime()))
                .assertNext(bill -> {
                    assertThat(bill.status()).isEqualTo(ContributionBill.Status.PAID);
                    assertThat(bill.employees().get(1).jpWageBase().toWire()).isEqualTo("10547400.00");
                    assertThat(bill.employerTotal().toWire()).isEqualTo("1346148.00");
                })
                .verifyComplete();
        StepVerifier.create(client().contributionBill(EmployerRef.of("19012347", "000"), NOVEMBER, plentyOfTime()))
                .assertNext(bill -> {
                    assertThat(bill.employees().getFirst().jpWageBase()).isNull();
                    assertThat(bill.wageReportVersion()).isEqualTo(1);
                })
                .verifyComplete();
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-contribution:404", "invalid-period:422", "unknown-employer:404"})
    void turnsTheProblemsOfAContributionBillIntoRejections(String slugAndStatus) {
        String slug = slugAndStatus.split(":")[0];
        int status = Integer.parseInt(slugAndStatus.split(":")[1]);
        core.stubFor(get(urlEqualTo(SEPTEMBER_BILL)).willReturn(problem(status, slug + ".json")));

        expectRejection(client().contributionBill(MAJU, YearMonth.of(2026, 9), plentyOfTime()), slug, status,
                details -> assertThat(details.kpj()).isNull());
    }

    // --- sector ---------------------------------------------------------------------------------------------------

    @Test
    void putsTheSectorAsTheContractsBodyAndAnswersTheOneRecorded() {
        core.stubFor(put(urlEqualTo(UNIT + "/sector")).willReturn(okJson(CoreExamples.core(
                "EmployerSector/valid/labour-intensive.json"))));

        StepVerifier.create(client().sector(MAJU, "LABOUR_INTENSIVE", plentyOfTime()))
                .expectNext("LABOUR_INTENSIVE")
                .verifyComplete();
        core.verify(putRequestedFor(urlEqualTo(UNIT + "/sector")).withRequestBody(equalToJson(CoreExamples.core(
                "EmployerSector/valid/labour-intensive.json"))));
    }

    @Test
    void turnsAnUnknownEmployerOfASectorIntoARejection() {
        core.stubFor(put(urlEqualTo(UNIT + "/sector")).willReturn(problem(404, "unknown-employer.json")));

        expectRejection(client().sector(MAJU, "OTHER", plentyOfTime()), CoreRejection.UNKNOWN_EMPLOYER, 404,
                details -> assertThat(details).isEqualTo(CoreRejection.Details.NONE));
    }

    @Test
    void previewsWithAContractBodyAndNoKey() {
        core.stubFor(post(urlEqualTo(PREVIEWS)).willReturn(okJson(CoreExamples.core(
                "ContributionPreview/valid/worked-examples.json"))));

        StepVerifier.create(client().preview(workedExamples(), plentyOfTime()))
                .assertNext(preview -> {
                    assertThat(preview.employer()).isEqualTo(MAJU);
                    assertThat(preview.period()).isEqualTo(YearMonth.of(2025, 6));
                    assertThat(preview.employees()).extracting(ContributionPreview.Employee::reference)
                            .containsExactly("PAYROLL-0001", "PAYROLL-0002");
                    assertThat(preview.employees().getFirst().employerTotal().toWire()).isEqualTo("499200.00");
                    assertThat(preview.employees().getFirst().workerTotal().toWire()).isEqualTo("240000.00");
                    assertThat(preview.employees().get(1).jpWageBase().toWire()).isEqualTo("10547400.00");
                    assertThat(preview.totalAmount().toWire()).isEqualTo("1991622.00");
                })
                .verifyComplete();

        LoggedRequest sent = core.findAll(postRequestedFor(urlEqualTo(PREVIEWS))).getFirst();
        assertThat(sent.getHeader("Idempotency-Key")).isNull();
        core.verify(postRequestedFor(urlEqualTo(PREVIEWS)).withRequestBody(equalToJson(CoreExamples.core(
                "ContributionPreviewCommand/valid/worked-examples.json"))));
    }

    @Test
    void turnsAnInvalidPeriodOfAPreviewIntoRejection() {
        core.stubFor(post(urlEqualTo(PREVIEWS)).willReturn(problem(422, "invalid-period.json")));

        expectRejection(client().preview(workedExamples(), plentyOfTime()), CoreRejection.INVALID_PERIOD, 422,
                details -> assertThat(details.errors()).isEmpty());
    }

    // --- faults: every operation --------------------------------------------------------------------------------

    /** Each operation with the stub that answers it. */
    private enum Operation {
        PROFILE(() -> get(urlEqualTo(UNIT)), client -> client.profile(MAJU, plentyOfTime())),
        REGISTER(() -> post(urlEqualTo(EMPLOYEES)),
                client -> client.register(MAJU, sriWahyuni(), KEY, plentyOfTime())),
        REPORT(() -> put(urlEqualTo(NOVEMBER_REPORT)),
                client -> client.reportWages(MAJU, NOVEMBER, correction(), plentyOfTime())),
        BILL(() -> get(urlEqualTo(SEPTEMBER_BILL)),
                client -> client.contributionBill(MAJU, YearMonth.of(2026, 9), plentyOfTime())),
        PREVIEW(() -> post(urlEqualTo(PREVIEWS)), client -> client.preview(workedExamples(), plentyOfTime()));

        private final Supplier<MappingBuilder> request;
        private final Function<EmployerClient, Mono<?>> call;

        Operation(Supplier<MappingBuilder> request, Function<EmployerClient, Mono<?>> call) {
            this.request = request;
            this.call = call;
        }

        MappingBuilder answering(ResponseDefinitionBuilder answer) {
            return request.get().willReturn(answer);
        }
    }

    @ParameterizedTest
    @EnumSource(Operation.class)
    void failsWithTimeoutWhenTheCoreAnswersTooLate(Operation operation) {
        core.stubFor(operation.answering(okJson("{}").withFixedDelay(1_000)));

        expectUnavailable(operation.call.apply(client(CoreUnderTest.tuned().attemptTimeout(Duration.ofMillis(200)))),
                CoreUnavailable.Reason.TIMEOUT);
    }

    @ParameterizedTest
    @EnumSource(Operation.class)
    void failsWithServerErrorOn5xx(Operation operation) {
        core.stubFor(operation.answering(serverError()));

        expectUnavailable(operation.call.apply(client()), CoreUnavailable.Reason.SERVER_ERROR);
    }

    @ParameterizedTest
    @EnumSource(Operation.class)
    void takesGarbageForAMalformedAnswer(Operation operation) {
        core.stubFor(operation.answering(okJson("{\"kpj\": [ oops")));

        expectUnavailable(operation.call.apply(client()), CoreUnavailable.Reason.MALFORMED_ANSWER);
    }

    @ParameterizedTest
    @EnumSource(Operation.class)
    void failsWithConnectionWhenTheCoreResetsTheConnection(Operation operation) {
        core.stubFor(operation.answering(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        expectUnavailable(operation.call.apply(client()), CoreUnavailable.Reason.CONNECTION);
    }

    @Test
    void takesAnAnswerOutsideTheContractForAMalformedAnswer() {
        core.stubFor(get(urlEqualTo(SEPTEMBER_BILL)).willReturn(okJson(CoreExamples.core(
                "ContributionBill/invalid/status-expired.json"))));
        core.stubFor(post(urlEqualTo(EMPLOYEES)).willReturn(example(201,
                "EmployeeRecord/invalid/status-suspended.json")));
        core.stubFor(get(urlEqualTo(UNIT)).willReturn(okJson(CoreExamples.core(
                "EmployerProfile/invalid/required-programs-with-jkp.json").replace("JKP", "LOTTERY"))));

        expectUnavailable(client().contributionBill(MAJU, YearMonth.of(2026, 9), plentyOfTime()),
                CoreUnavailable.Reason.MALFORMED_ANSWER);
        expectUnavailable(client().register(MAJU, sriWahyuni(), KEY, plentyOfTime()),
                CoreUnavailable.Reason.MALFORMED_ANSWER);
        expectUnavailable(client().profile(MAJU, plentyOfTime()), CoreUnavailable.Reason.MALFORMED_ANSWER);
    }

    @Test
    void treatsA404WithoutProblemBodyAsUnavailableNotAsUnknownEmployer() {
        core.stubFor(get(urlEqualTo(UNIT)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "text/html").withBody("<html>Not Found</html>")));

        expectUnavailable(client().profile(MAJU, plentyOfTime()), CoreUnavailable.Reason.MALFORMED_ANSWER);
        assertThat(core.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
    }
}
