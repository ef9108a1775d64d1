package id.jamsostek.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.EmployerPlatformClient;
import id.jamsostek.gateway.support.EndToEndTest;
import id.jamsostek.gateway.support.TestEmployerPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A payroll platform says that PT Maju Bersama (NPP 19012345, risk group I, employees from March 2025) is a
 * labour-intensive industry, through the employer API against the core simulator; the unit's bills and previews then
 * carry the JKK of PP 7/2025 and PP 36/2025 at 50 % from February 2025 to January 2026 (docs/domain.md: 0.24 %
 * becomes 0.12 %, Rp9,600 on Rp8,000,000) and in full outside them, or in any month for another sector.
 */
class EmployerSectorEndToEndIT extends EndToEndTest {

    private static final String UNIT = "/employer/v1/employers/19012345/divisions/000";
    private static final String BUDI = "21010000001";

    private EmployerPlatformClient payroll() {
        return new EmployerPlatformClient(web, TestEmployerPlatform.PAYROLL);
    }

    @AfterEach
    void backToTheDefaultSector() {
        payroll().put(UNIT + "/sector", example("other.json")).expectStatus().isOk();
    }

    private static String example(String name) {
        return EmployerPlatformClient.example("EmployerSector/valid/" + name);
    }

    private String previewedJkk(String period) {
        JsonNode preview = BankClient.json(payroll().post("/employer/v1/contribution-previews", """
                {"npp":"19012345","division":"000","period":"%s","employees":[{"reference":"PAYROLL-0001",
                 "monthlyWage":"8000000.00"}]}""".formatted(period), null)
                .expectStatus().isOk().expectBody().returnResult().getResponseBodyContent());
        return preview.at("/employees/0/programs/0/program").asString() + " "
                + preview.at("/employees/0/programs/0/employer").asString();
    }

    private String budisJkk(String period) {
        JsonNode bill = BankClient.json(payroll().get(UNIT + "/contribution-bills/" + period).expectStatus().isOk()
                .expectBody().returnResult().getResponseBodyContent());
        for (JsonNode employee : bill.get("employees")) {
            if (employee.get("kpj").asString().equals(BUDI)) {
                return employee.at("/programs/0/program").asString() + " "
                        + employee.at("/programs/0/employer").asString();
            }
        }
        throw new AssertionError("Budi is not on the bill of " + period);
    }

    @Test
    void aLabourIntensiveUnitsBillsCarryHalfTheJkkInTheDiscountedMonthsOnly() {
        payroll().put(UNIT + "/sector", example("labour-intensive.json")).expectStatus().isOk()
                .expectBody().json(example("labour-intensive.json"), true);

        assertThat(previewedJkk("2025-01")).as("the month before").isEqualTo("JKK 19200.00");
        assertThat(previewedJkk("2025-02")).as("the first discounted month").isEqualTo("JKK 9600.00");
        assertThat(previewedJkk("2026-01")).as("the last discounted month").isEqualTo("JKK 9600.00");
        assertThat(budisJkk("2026-01")).as("the last discounted month's bill").isEqualTo("JKK 9600.00");
        assertThat(budisJkk("2026-02")).as("the month after").isEqualTo("JKK 19200.00");
    }

    @Test
    void aUnitOfAnotherSectorPaysTheFullJkkInTheDiscountedMonths() {
        payroll().put(UNIT + "/sector", example("other.json")).expectStatus().isOk();

        assertThat(previewedJkk("2025-02")).isEqualTo("JKK 19200.00");
        assertThat(budisJkk("2026-01")).isEqualTo("JKK 19200.00");
    }

    @Test
    void aSectorTheContractDoesNotListOrAnEmployerOutsideTheGrantsIsRefusedAndNothingChanges() {
        payroll().put(UNIT + "/sector", EmployerPlatformClient.example(
                        "EmployerSector/invalid/transport-is-for-non-wage-earners.json"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/sector");
        payroll().put("/employer/v1/employers/19012347/divisions/000/sector", example("labour-intensive.json"))
                .expectStatus().isForbidden();
        web.put().uri(UNIT + "/sector").header("Content-Type", "application/json")
                .bodyValue(example("labour-intensive.json")).exchange().expectStatus().isUnauthorized();

        assertThat(previewedJkk("2025-02")).isEqualTo("JKK 19200.00");
    }
}
