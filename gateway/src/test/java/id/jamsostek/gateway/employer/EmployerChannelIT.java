package id.jamsostek.gateway.employer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import id.jamsostek.contracts.validation.ContractSchema;
import id.jamsostek.gateway.idempotency.CoreKeys;
import id.jamsostek.gateway.outbox.OutboxRelay;
import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.CoreFixtures;
import id.jamsostek.gateway.support.EmployerPlatformClient;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.TestDatabase;
import id.jamsostek.gateway.support.TestEmployerPlatform;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The employer channel against a fake core: each operation, the platform's grants and scopes, the core's refusals
 * as specific problems, and faults. Every answer is checked against the employer contract.
 */
class EmployerChannelIT extends GatewayIntegrationTest {

    private static final String UNIT = "/employer/v1/employers/19012345/divisions/000";
    private static final String CORE_UNIT = "/core/v1/employers/19012345/divisions/000";
    private static final String EMPLOYEE = EmployerPlatformClient.example(
            "EmployeeRegistrationRequest/valid/indonesian-wage-8000000-all-programs.json");
    private static final String WAGES = EmployerPlatformClient.example(
            "WageReport/valid/first-report-worked-example-wages.json");
    private static final String PREVIEW = EmployerPlatformClient.example(
            "ContributionPreviewRequest/valid/worked-examples.json");

    @Autowired
    OutboxRelay relay;

    private EmployerPlatformClient payroll;

    @BeforeEach
    void reset() {
        core.resetAll();
        payroll = new EmployerPlatformClient(web, TestEmployerPlatform.PAYROLL);
    }

    private static ResponseDefinitionBuilder json(int status, String coreExample) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(CoreFixtures.example(coreExample));
    }

    private static ResponseDefinitionBuilder problem(int status, String example) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody(CoreFixtures.example("Problem/valid/" + example));
    }

    private static JsonNode valid(byte[] body, String employerSchema) {
        assertThat(ContractSchema.load("contracts/employer/schemas/" + employerSchema + ".json").validate(body))
                .isEmpty();
        return BankClient.json(body);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    // --- registration ---------------------------------------------------------------------------------------------

    @Test
    void registersAnEmployeeShowingTheNikMaskedUnderAKeyDerivedFromTheCallers() {
        core.stubFor(post(urlPathEqualTo(CORE_UNIT + "/employees"))
                .willReturn(json(201, "EmployeeRecord/valid/indonesian-active.json")));
        String key = key();
        JsonNode employee = valid(payroll.post(UNIT + "/employees", EMPLOYEE, key).expectStatus().isCreated()
                .expectBody().returnResult().getResponseBodyContent(), "Employee");

        assertThat(employee.get("kpj").asString()).isEqualTo("23000000001");
        assertThat(employee.get("nikMasked").asString()).isEqualTo("360301********02");
        assertThat(employee.has("nik")).isFalse();
        var sent = core.findAll(postRequestedFor(urlPathEqualTo(CORE_UNIT + "/employees"))).getFirst();
        assertThat(sent.getHeader("Idempotency-Key")).isEqualTo(CoreKeys.derive(TestEmployerPlatform.PAYROLL.id(),
                EmployeeRegistrationHandler.OPERATION, key));
        assertThat(ContractSchema.load("contracts/core/schemas/EmployeeRegistration.json").validate(sent.getBody()))
                .isEmpty();
    }

    @Test
    void theSameKeyAndBodySentForAnotherEmployerIs422NotTheFirstEmployersAnswer() {
        core.stubFor(post(urlPathEqualTo(CORE_UNIT + "/employees"))
                .willReturn(json(201, "EmployeeRecord/valid/indonesian-active.json")));
        String key = key();
        payroll.post(UNIT + "/employees", EMPLOYEE, key).expectStatus().isCreated();

        payroll.post("/employer/v1/employers/19012346/divisions/000/employees", EMPLOYEE, key)
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type")
                .isEqualTo("https://api.jamsostek.example/problems/idempotency-key-reused");
        core.verify(0, postRequestedFor(urlPathEqualTo("/core/v1/employers/19012346/divisions/000/employees")));
    }

    @Test
    void aForeignWorkerIsShownByTheLastCharactersOfThePassportOnly() {
        core.stubFor(post(urlPathEqualTo(CORE_UNIT + "/employees"))
                .willReturn(json(201, "EmployeeRecord/valid/foreigner-active.json")));
        JsonNode employee = valid(payroll.post(UNIT + "/employees", EmployerPlatformClient.example(
                        "EmployeeRegistrationRequest/valid/foreign-worker-with-passport.json"), key())
                .expectStatus().isCreated().expectBody().returnResult().getResponseBodyContent(), "Employee");
        assertThat(employee.get("passportNoMasked").asString()).matches("\\*+[A-Z0-9]{3}");
        assertThat(employee.has("nikMasked")).isFalse();
    }

    @Test
    void anEmployeeAlreadyRegisteredIsAConflictWithTheKpjOnlyForAPlatformThatMayActForThatDivision() {
        // the core's example: an employment in division 000
        core.stubFor(post(urlPathEqualTo(CORE_UNIT + "/employees")).willReturn(problem(409, "already-employee.json")));
        core.stubFor(post(urlPathEqualTo("/core/v1/employers/19012346/divisions/000/employees"))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                        .withBody(CoreFixtures.example("Problem/valid/already-employee.json")
                                .replace("\"division\": \"000\"", "\"division\": \"001\""))));

        payroll.post(UNIT + "/employees", EMPLOYEE, key()).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.jamsostek.example/problems/already-employee")
                .jsonPath("$.kpj").isEqualTo("21010000001");
        // granted 19012346/000 only, the employment in 001: the conflict, not the KPJ
        payroll.post("/employer/v1/employers/19012346/divisions/000/employees", EMPLOYEE, key())
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.kpj").doesNotExist();
    }

    @Test
    void aRegistrationBreakingTheCoresRulesIs422WithThePointersTheCoreGave() {
        core.stubFor(post(urlPathEqualTo(CORE_UNIT + "/employees")).willReturn(problem(422, "invalid-employee.json")));
        JsonNode problem = BankClient.json(payroll.post(UNIT + "/employees", EMPLOYEE, key())
                .expectStatus().isEqualTo(422).expectBody().returnResult().getResponseBodyContent());
        assertThat(problem.get("type").asString()).endsWith("/invalid-employee");
        assertThat(problem.get("errors").get(0).get("pointer").asString()).startsWith("/");
    }

    @Test
    void whenTheCoreIsDownTheRegistrationIs503AndItsKeyMayBeUsedAgain() {
        core.stubFor(post(urlPathEqualTo(CORE_UNIT + "/employees"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        String key = key();
        payroll.post(UNIT + "/employees", EMPLOYEE, key).expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.jamsostek.example/problems/core-unavailable");
        core.resetAll();
        core.stubFor(post(urlPathEqualTo(CORE_UNIT + "/employees"))
                .willReturn(json(201, "EmployeeRecord/valid/indonesian-active.json")));
        payroll.post(UNIT + "/employees", EMPLOYEE, key).expectStatus().isCreated();
    }

    // --- grants and scopes ----------------------------------------------------------------------------------------

    @Test
    void anEmployerOutsideThePlatformsGrantsIs403ExistingOrNotAndNothingHappens() {
        EmployerPlatformClient other = new EmployerPlatformClient(web, TestEmployerPlatform.OTHER);
        for (String unit : new String[] {UNIT, "/employer/v1/employers/99999999/divisions/000"}) {
            String key = key();
            other.post(unit + "/employees", EMPLOYEE, key).expectStatus().isForbidden()
                    .expectBody().jsonPath("$.type")
                    .isEqualTo("https://api.jamsostek.example/problems/employer-out-of-scope");
            other.put(unit + "/wage-reports/2026-10", WAGES).expectStatus().isForbidden();
            other.get(unit + "/contribution-bills/2026-10").expectStatus().isForbidden();
            other.post(unit + "/employee-batches", "{\"items\":[" + EMPLOYEE + "]}", key).expectStatus().isForbidden();
            assertThat(TestDatabase.count("select count(*) from idempotency_record where idem_key = '" + key + "'"))
                    .isZero();
        }
        other.post("/employer/v1/contribution-previews", PREVIEW, null).expectStatus().isForbidden();
        // a grant on one division is not a grant on another
        payroll.put("/employer/v1/employers/19012346/divisions/001/wage-reports/2026-10", WAGES)
                .expectStatus().isForbidden();
        core.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aPlatformRegisteredForBillsOnlyCannotRegisterOrReportWages() {
        EmployerPlatformClient billsOnly = new EmployerPlatformClient(web, TestEmployerPlatform.BILLS_ONLY);
        billsOnly.post(UNIT + "/employees", EMPLOYEE, key()).expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("https://api.jamsostek.example/problems/insufficient-scope");
        billsOnly.put(UNIT + "/wage-reports/2026-10", WAGES).expectStatus().isForbidden();
        core.verify(0, anyRequestedFor(anyUrl()));
    }

    // --- wage reports ---------------------------------------------------------------------------------------------

    @Test
    void aNewVersionIs201AndTheVersionInForceSentAgainIs200Replayed() {
        core.stubFor(put(urlPathEqualTo(CORE_UNIT + "/wage-reports/2026-10"))
                .willReturn(json(201, "WageReportReceipt/valid/first-version.json")));
        valid(payroll.put(UNIT + "/wage-reports/2026-10", WAGES).expectStatus().isCreated()
                .expectBody().returnResult().getResponseBodyContent(), "WageReportReceipt");
        assertThat(ContractSchema.load("contracts/core/schemas/WageReport.json").validate(
                core.findAll(putRequestedFor(urlPathEqualTo(CORE_UNIT + "/wage-reports/2026-10"))).getFirst()
                        .getBody())).isEmpty();

        core.stubFor(put(urlPathEqualTo(CORE_UNIT + "/wage-reports/2026-10"))
                .willReturn(json(200, "WageReportReceipt/valid/first-version.json")
                        .withHeader("Idempotent-Replayed", "true")));
        payroll.put(UNIT + "/wage-reports/2026-10", WAGES).expectStatus().isOk()
                .expectHeader().valueEquals("Idempotent-Replayed", "true");
    }

    @Test
    void theCoresRefusalsOfAWageReportAreSpecificProblems() {
        String path = CORE_UNIT + "/wage-reports/2026-10";
        core.stubFor(put(urlPathEqualTo(path)).willReturn(problem(409, "wage-report-superseded.json")));
        payroll.put(UNIT + "/wage-reports/2026-10", WAGES).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(
                        "https://api.jamsostek.example/problems/wage-report-superseded")
                .jsonPath("$.currentVersion").isEqualTo(3);
        core.stubFor(put(urlPathEqualTo(path)).willReturn(problem(409, "wage-report-version-conflict.json")));
        payroll.put(UNIT + "/wage-reports/2026-10", WAGES).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(
                        "https://api.jamsostek.example/problems/wage-report-version-conflict");
        core.stubFor(put(urlPathEqualTo(path)).willReturn(problem(409, "period-closed.json")));
        payroll.put(UNIT + "/wage-reports/2026-10", WAGES).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.jamsostek.example/problems/period-closed");
        core.stubFor(put(urlPathEqualTo(path)).willReturn(problem(422, "invalid-wage-report.json")));
        payroll.put(UNIT + "/wage-reports/2026-10", WAGES).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo(
                        "https://api.jamsostek.example/problems/invalid-wage-report")
                .jsonPath("$.errors[0].pointer").isEqualTo("")
                .jsonPath("$.errors[1].pointer").isEqualTo("/wages/3/kpj");
    }

    @Test
    void aMalformedPeriodIs400BeforeTheCoreHearsOfIt() {
        for (String period : new String[] {"2026-13", "202610", "2026-1", "latest"}) {
            payroll.put(UNIT + "/wage-reports/" + period, WAGES).expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.type")
                    .isEqualTo("https://api.jamsostek.example/problems/invalid-query-parameter");
            payroll.get(UNIT + "/contribution-bills/" + period).expectStatus().isBadRequest();
        }
        core.verify(0, anyRequestedFor(anyUrl()));
    }

    // --- bills and previews ---------------------------------------------------------------------------------------

    @Test
    void theBillIsTheCoresWithTheEmployeesNamesMasked() {
        core.stubFor(get(urlPathEqualTo(CORE_UNIT + "/contribution-bills/2025-10"))
                .willReturn(json(200, "ContributionBill/valid/paid-month-worked-examples.json")));
        JsonNode bill = valid(payroll.get(UNIT + "/contribution-bills/2025-10").expectStatus().isOk()
                .expectBody().returnResult().getResponseBodyContent(), "ContributionBill");
        JsonNode coreBill = BankClient.json(CoreFixtures.example("ContributionBill/valid/paid-month-worked-examples.json")
                .getBytes());
        assertThat(bill.get("totalAmount").asString()).isEqualTo(coreBill.get("totalAmount").asString());
        assertThat(bill.get("employees").get(0).get("nameMasked").asString()).contains("*");
        assertThat(bill.get("employees").get(0).has("fullName")).isFalse();
    }

    @Test
    void aBillTheCoreCannotMakeIsASpecificProblemAndACoreTimeoutIs504() {
        core.stubFor(get(urlPathEqualTo(CORE_UNIT + "/contribution-bills/2015-01"))
                .willReturn(problem(404, "no-contribution.json")));
        payroll.get(UNIT + "/contribution-bills/2015-01").expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("https://api.jamsostek.example/problems/no-contribution");
        core.stubFor(get(urlPathEqualTo(CORE_UNIT + "/contribution-bills/2026-09"))
                .willReturn(json(200, "ContributionBill/valid/paid-month-worked-examples.json")
                        .withFixedDelay(3_000)));
        payroll.get(UNIT + "/contribution-bills/2026-09").expectStatus().value(status ->
                assertThat(status).isIn(503, 504));
    }

    @Test
    void aPreviewIsTheCoresComputationForAnEmployerOfThePlatform() {
        core.stubFor(post(urlPathEqualTo("/core/v1/contribution-previews"))
                .willReturn(json(200, "ContributionPreview/valid/worked-examples.json")));
        valid(payroll.post("/employer/v1/contribution-previews", PREVIEW, null).expectStatus().isOk()
                .expectBody().returnResult().getResponseBodyContent(), "ContributionPreview");
        assertThat(ContractSchema.load("contracts/core/schemas/ContributionPreviewCommand.json").validate(
                core.findAll(postRequestedFor(urlPathEqualTo("/core/v1/contribution-previews"))).getFirst()
                        .getBody())).isEmpty();
    }

    // --- batches --------------------------------------------------------------------------------------------------

    @Test
    void aBatchIsAcceptedWholeAndEachRowRegisteredByTheRelayOnceWithTheSamePersonTwiceRejected() {
        core.stubFor(get(urlPathEqualTo(CORE_UNIT)).willReturn(json(200, "EmployerProfile/valid/large-head-office.json")));
        core.stubFor(post(urlPathEqualTo(CORE_UNIT + "/employees"))
                .willReturn(json(201, "EmployeeRecord/valid/indonesian-active.json")));
        JsonNode accepted = valid(payroll.post(UNIT + "/employee-batches",
                        "{\"items\":[" + EMPLOYEE + "," + EMPLOYEE + "]}", key())
                .expectStatus().isAccepted().expectHeader().exists("Location")
                .expectBody().returnResult().getResponseBodyContent(), "EmployeeBatchAccepted");
        String statusUrl = accepted.get("statusUrl").asString();

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode status = null;
        while (System.nanoTime() < deadline) {
            relay.drain().block(Duration.ofSeconds(20));
            status = valid(payroll.get(statusUrl).expectStatus().isOk().expectBody().returnResult()
                    .getResponseBodyContent(), "EmployeeBatchStatus");
            if ("COMPLETED".equals(status.get("status").asString())) {
                break;
            }
        }
        assertThat(status.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(status.get("npp").asString()).isEqualTo("19012345");
        assertThat(status.at("/rows/0/outcome").asString()).isEqualTo("REGISTERED");
        assertThat(status.at("/rows/0/kpj").asString()).isEqualTo("23000000001");
        assertThat(status.at("/rows/1/outcome").asString()).isEqualTo("REJECTED");
        assertThat(status.at("/rows/1/problem/pointer").asString()).isEqualTo("/items/1");
        assertThat(core.findAll(postRequestedFor(urlPathEqualTo(CORE_UNIT + "/employees")))).hasSize(1);

        new EmployerPlatformClient(web, TestEmployerPlatform.OTHER).get(statusUrl).expectStatus().isNotFound();
    }

    @Test
    void aBatchForAnEmployerTheCoreDoesNotKnowIs404AndStoresNothing() {
        core.stubFor(get(urlPathEqualTo(CORE_UNIT)).willReturn(problem(404, "unknown-employer.json")));
        long batches = TestDatabase.count("select count(*) from batch");
        payroll.post(UNIT + "/employee-batches", "{\"items\":[" + EMPLOYEE + "]}", key())
                .expectStatus().isNotFound();
        assertThat(TestDatabase.count("select count(*) from batch")).isEqualTo(batches);
    }
}
