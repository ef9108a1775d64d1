package id.jamsostek.gateway.observability;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.core.simulator.CoreSimulator;
import id.jamsostek.core.simulator.CoreSimulatorSettings;
import id.jamsostek.gateway.GatewayApplication;
import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.EmployerPlatformClient;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.GatewayTestProperties;
import id.jamsostek.gateway.support.TestBank;
import id.jamsostek.gateway.support.TestEmployerPlatform;
import id.jamsostek.gateway.support.TestVillage;
import id.jamsostek.gateway.support.VillageClient;
import id.jamsostek.snap.SnapTimestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Real flows against a core simulator (in this JVM, so its log lines are captured too) with personal data in every
 * request, good and bad: no NIK, name or birth date of them appears in clear in anything logged, and the answers
 * that read people back show them masked, to the partners whose scope covers them only. The simulator is this
 * class's own, so the people it registers do not show up in other tests' bills.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = GatewayIntegrationTest.PATIENCE)
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataIT {

    private static final CoreSimulator OWN_CORE = CoreSimulator.start(CoreSimulatorSettings.defaults());

    @Autowired
    WebTestClient web;

    @DynamicPropertySource
    static void ownCore(DynamicPropertyRegistry registry) {
        GatewayTestProperties.register(registry, OWN_CORE::baseUrl);
    }

    @AfterAll
    static void stopOwnCore() {
        OWN_CORE.stop();
    }

    private static final String VILLAGER = "Ahmad Suryawinata";
    private static final String EMPLOYEE = "Sri Wahyuningtyas";

    @Test
    void noNikNameOrBirthDateIsLoggedInClearWhateverTheFlow(CapturedOutput output) {
        String serial = "%04d".formatted(ThreadLocalRandom.current().nextInt(2000, 9999));
        String villagerNik = "360301140791" + serial; // a man born 14-07-1991
        String employeeNik = "360301550590" + serial; // a woman born 15-05-1990
        VillageClient saga = new VillageClient(web, TestVillage.SAGA);
        String enrollment = VillageClient.example("EnrollmentRequest/valid/village-official-village-budget.json")
                .replaceAll("\"firstMonth\": \"[0-9-]+\"", "\"firstMonth\": \"" + YearMonth.now(SnapTimestamp.JAKARTA) + "\"")
                .replaceAll("\"nik\": \"[0-9]+\"", "\"nik\": \"" + villagerNik + "\"")
                .replace("Ahmad Suryadi", VILLAGER);

        saga.post("/village/v1/enrollments", enrollment, UUID.randomUUID().toString()).expectStatus().isCreated();
        saga.post("/village/v1/enrollments", enrollment, UUID.randomUUID().toString()).expectStatus().isEqualTo(409);
        saga.post("/village/v1/participants/search", "{\"nik\":\"" + villagerNik + "\"}", UUID.randomUUID().toString())
                .expectStatus().isOk();
        // bad input that quotes the person back: a NIK that disagrees with the birth date, broken JSON
        saga.post("/village/v1/enrollments", enrollment.replace("1991-07-14", "1991-07-15"),
                UUID.randomUUID().toString()).expectStatus().isEqualTo(422);
        saga.post("/village/v1/enrollments", enrollment.substring(0, enrollment.length() / 2),
                UUID.randomUUID().toString()).expectStatus().isBadRequest();

        EmployerPlatformClient payroll = new EmployerPlatformClient(web, TestEmployerPlatform.PAYROLL);
        String employee = """
                {"nationality":"ID","nik":"%s","fullName":"%s","birthDate":"1990-05-15",
                 "sex":"F","startDate":"%s","monthlyWage":"8000000.00"}"""
                .formatted(employeeNik, EMPLOYEE, LocalDate.now(SnapTimestamp.JAKARTA));
        payroll.post("/employer/v1/employers/19012346/divisions/000/employees", employee, UUID.randomUUID().toString())
                .expectStatus().isCreated();
        payroll.post("/employer/v1/employers/19012346/divisions/000/employees", employee.replace("\"F\"", "\"M\""),
                UUID.randomUUID().toString()).expectStatus().isEqualTo(422);

        BankClient bank = new BankClient(web, TestBank.ALPHA);
        bank.inquiry(bank.inquiryBody(villagerNik), bank.token()).expectStatus().isOk(); // the NIK is a customerNo

        // the safety net itself: a line that does quote them leaves the process masked
        LoggerFactory.getLogger(PersonalDataIT.class).warn("a careless line: {\"fullName\":\"{}\"} nik={}",
                EMPLOYEE, villagerNik);

        String logged = output.getAll();
        assertThat(logged).contains("a careless line: {\\\"fullName\\\":\\\"***\\\"} nik=***");
        assertThat(logged).doesNotContain(villagerNik).doesNotContain(employeeNik)
                .doesNotContain(VILLAGER).doesNotContain(EMPLOYEE)
                .doesNotContain("1991-07-14").doesNotContain("1990-05-15");
    }

    @Test
    void answersThatReadPeopleBackShowThemMaskedAndOnlyInTheCallersScope() {
        String nik = "360301140791" + "%04d".formatted(ThreadLocalRandom.current().nextInt(2000, 9999));
        YearMonth month = YearMonth.now(SnapTimestamp.JAKARTA);
        VillageClient saga = new VillageClient(web, TestVillage.SAGA);
        saga.post("/village/v1/enrollments", VillageClient.example(
                        "EnrollmentRequest/valid/village-official-village-budget.json")
                .replaceAll("\"firstMonth\": \"[0-9-]+\"", "\"firstMonth\": \"" + month + "\"")
                .replaceAll("\"nik\": \"[0-9]+\"", "\"nik\": \"" + nik + "\"")
                .replace("Ahmad Suryadi", VILLAGER), UUID.randomUUID().toString()).expectStatus().isCreated();

        String search = "{\"nik\":\"" + nik + "\"}";
        String found = new String(saga.post("/village/v1/participants/search", search, UUID.randomUUID().toString())
                .expectStatus().isOk().expectBody().returnResult().getResponseBodyContent());
        String page = new String(saga.get("/village/v1/villages/3603012001/participants?size=200")
                .expectStatus().isOk().expectBody().returnResult().getResponseBodyContent());
        assertThat(found).contains("\"nikMasked\":\"360301********" + nik.substring(14) + "\"")
                .contains("\"nameMasked\":\"AH**D SU********A\"");
        assertThat(found + page).doesNotContain(nik).doesNotContain(VILLAGER).doesNotContain("1991-07-14");
        assertThat(page).contains("360301********" + nik.substring(14));
        // a village whose regions do not cover the person: as if unknown
        new VillageClient(web, TestVillage.BOGOR).post("/village/v1/participants/search", search,
                UUID.randomUUID().toString()).expectStatus().isNotFound();

        BankClient bank = new BankClient(web, TestBank.ALPHA);
        String inquiry = new String(bank.inquiry(bank.inquiryBody(nik), bank.token()).expectStatus().isOk()
                .expectBody().returnResult().getResponseBodyContent());
        assertThat(inquiry).contains("AH**D SU********A").doesNotContain(VILLAGER);

        EmployerPlatformClient payroll = new EmployerPlatformClient(web, TestEmployerPlatform.PAYROLL);
        String bill = new String(payroll.get("/employer/v1/employers/19012345/divisions/000/contribution-bills/" + month)
                .expectStatus().isOk().expectBody().returnResult().getResponseBodyContent());
        assertThat(bill).contains("nameMasked").doesNotContain("\"nik").doesNotContain("birthDate");
    }
}
