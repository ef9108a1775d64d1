package id.jamsostek.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.EmployerPlatformClient;
import id.jamsostek.gateway.support.EndToEndTest;
import id.jamsostek.gateway.support.TestBank;
import id.jamsostek.gateway.support.TestEmployerPlatform;
import id.jamsostek.snap.SnapTimestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A payroll platform registers an employee of CV Sinar Cahaya (NPP 19012346, seeded in the simulator with two
 * employees and two months of arrears), reports the month's wages, previews and fetches the bill computed by the
 * core; a bank pays the employer's open bill through SNAP; the month's bill then reads PAID and its wages can no
 * longer change.
 */
class EmployerEndToEndIT extends EndToEndTest {

    private static final String UNIT = "/employer/v1/employers/19012346/divisions/000";
    private static final String PAYMENT_CODE = "100200300402";

    @Test
    void registerReportWagesPreviewBillPayThroughABankAndTheMonthIsClosed() {
        YearMonth month = YearMonth.now(SnapTimestamp.JAKARTA);
        LocalDate today = LocalDate.now(SnapTimestamp.JAKARTA);
        EmployerPlatformClient payroll = new EmployerPlatformClient(web, TestEmployerPlatform.PAYROLL);

        String employee = """
                {"nationality":"ID","nik":"3603015505900102","fullName":"Sri Wahyuni","birthDate":"1990-05-15",
                 "sex":"F","startDate":"%s","monthlyWage":"8000000.00"}""".formatted(today);
        JsonNode registered = BankClient.json(payroll.post(UNIT + "/employees", employee, UUID.randomUUID().toString())
                .expectStatus().isCreated().expectBody().returnResult().getResponseBodyContent());
        String kpj = registered.get("kpj").asString();
        assertThat(registered.get("nikMasked").asString()).isEqualTo("360301********02");
        assertThat(registered.get("programs").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("JKK", "JKM", "JHT", "JP"); // a medium business: JP as well
        payroll.post(UNIT + "/employees", employee, UUID.randomUUID().toString()).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.jamsostek.example/problems/already-employee")
                .jsonPath("$.kpj").isEqualTo(kpj);

        String wages = """
                {"version":1,"wages":[{"kpj":"21010000003","monthlyWage":"5400000.00"},
                 {"kpj":"21010000004","monthlyWage":"6000000.00"},{"kpj":"%s","monthlyWage":"8000000.00"}],
                 "leavers":[]}""".formatted(kpj);
        payroll.put(UNIT + "/wage-reports/" + month, wages).expectStatus().isCreated()
                .expectBody().jsonPath("$.employees").isEqualTo(3);
        payroll.put(UNIT + "/wage-reports/" + month, wages).expectStatus().isOk()
                .expectHeader().valueEquals("Idempotent-Replayed", "true");
        payroll.put(UNIT + "/wage-reports/" + month, wages.replace("21010000003", "99999999999")
                        .replace("\"version\":1", "\"version\":2")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/wages/0/kpj");

        payroll.put(UNIT + "/wage-reports/" + month.plusMonths(1), wages).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.jamsostek.example/problems/invalid-wage-report")
                .jsonPath("$.errors[0].pointer").isEqualTo("");
        String corrected = wages.replace("\"version\":1", "\"version\":2")
                .replace("{\"kpj\":\"" + kpj + "\",\"monthlyWage\":\"8000000.00\"}",
                        "{\"kpj\":\"" + kpj + "\",\"monthlyWage\":\"9000000.00\"}");
        payroll.put(UNIT + "/wage-reports/" + month, corrected).expectStatus().isCreated()
                .expectBody().jsonPath("$.supersededVersion").isEqualTo(1);
        payroll.put(UNIT + "/wage-reports/" + month, wages).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.currentVersion").isEqualTo(2);

        JsonNode preview = BankClient.json(payroll.post("/employer/v1/contribution-previews", """
                {"npp":"19012346","division":"000","period":"%s","employees":[{"reference":"new hire",
                 "monthlyWage":"8000000.00"}]}""".formatted(month), null)
                .expectStatus().isOk().expectBody().returnResult().getResponseBodyContent());
        // risk group III: JKK 0.89 % = 71,200; JKM 24,000; JHT 296,000 + 160,000; JP 160,000 + 80,000
        assertThat(preview.at("/employees/0/employerTotal").asString()).isEqualTo("551200.00");
        assertThat(preview.at("/employees/0/workerTotal").asString()).isEqualTo("240000.00");

        JsonNode bill = BankClient.json(payroll.get(UNIT + "/contribution-bills/" + month).expectStatus().isOk()
                .expectBody().returnResult().getResponseBodyContent());
        assertThat(bill.get("status").asString()).isEqualTo("UNPAID");
        assertThat(bill.get("wageReportVersion").asInt()).isEqualTo(2);
        assertThat(bill.get("employees").valueStream().map(row -> row.get("wage").asString()))
                .contains("9000000.00").doesNotContain("8000000.00");
        assertThat(bill.get("paymentCode").asString()).isEqualTo(PAYMENT_CODE);
        assertThat(bill.get("employees").size()).isEqualTo(3);
        assertThat(bill.get("employees").valueStream().map(row -> row.get("nameMasked").asString()))
                .allMatch(name -> name.contains("*"));

        BankClient bank = new BankClient(web, TestBank.ALPHA);
        String token = bank.token();
        JsonNode inquiry = BankClient.json(bank.inquiry(bank.inquiryBody(PAYMENT_CODE), token).expectStatus().isOk()
                .expectBody().returnResult().getResponseBodyContent());
        String owed = inquiry.at("/virtualAccountData/totalAmount/value").asString();
        bank.payment(bank.paymentBody(PAYMENT_CODE, BankClient.newExternalId(), owed, "N"), token, t -> {})
                .expectStatus().isOk()
                .expectBody().jsonPath("$.virtualAccountData.paymentFlagStatus").isEqualTo("00");

        payroll.get(UNIT + "/contribution-bills/" + month).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("PAID");
        payroll.put(UNIT + "/wage-reports/" + month, corrected.replace("\"version\":2", "\"version\":3"))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.jamsostek.example/problems/period-closed");
    }
}
