package id.jamsostek.core.simulator;

import static id.jamsostek.core.simulator.ContractConformance.assertConforms;
import static id.jamsostek.core.simulator.CoreClient.json;
import static id.jamsostek.core.simulator.CoreClient.paymentBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * A regency's budget (APBD) pays for vulnerable workers across its villages with one collective bill, as a village
 * budget does for its own village; it is not discounted under PP 50/2025 (domain.md section 1).
 */
class RegencyCollectiveBillHttpTest {

    private static final String PATH = "/core/v1/collective-bills";
    private static final String NOVEMBER =
            "{\"regencyCode\":\"3603\",\"payerType\":\"REGENCY_BUDGET\",\"period\":\"2026-11\"}";

    @RegisterExtension
    final PinnedSimulator pinned = PinnedSimulator.at("2026-11-22T10:00:00");
    private final CoreClient core = pinned.core();

    private String enroll(Enrollment enrollment, String village, String payer) {
        return enrollment.village(village).payer(payer).with("incomeBand", "1000000.00").programs("JKK", "JKM")
                .enrollIn(core).get("kpj").asString();
    }

    @Test
    void billsEveryVillageOfTheRegencyForWhomItsBudgetPaysAndPayingMarksEachPaid() {
        Enrollment saga = Enrollment.man(1, 7);
        Enrollment other = Enrollment.man(2, 7);
        enroll(saga, "3603012014", "REGENCY_BUDGET");
        enroll(other, "3603032001", "REGENCY_BUDGET");
        enroll(Enrollment.man(3, 7), "3603012014", "VILLAGE_BUDGET");
        enroll(Enrollment.man(4, 7), "3201012001", "REGENCY_BUDGET"); // Kab. Bogor's budget, not Tangerang's

        HttpResponse<String> response = core.post(PATH, "regency-nov", NOVEMBER);

        assertThat(response.statusCode()).isEqualTo(201);
        assertConforms("Bill", response);
        JsonNode bill = json(response);
        assertThat(bill.get("customerNo").asString()).isEqualTo("360300000002");
        assertThat(bill.get("holderName").asString()).isEqualTo("KAB/KOTA 3603");
        assertThat(bill.get("members").asInt()).isEqualTo(2);
        // an APBD is excluded from PP 50/2025: 16,800 each in November 2026
        assertThat(bill.get("totalAmount").asString()).isEqualTo("33600.00");
        assertThat(core.openBillJson("360300000002").get("billId")).isEqualTo(bill.get("billId"));

        assertThat(core.post("pay-regency", paymentBody(bill)).statusCode()).isEqualTo(201);
        for (Enrollment member : new Enrollment[] {saga, other}) {
            JsonNode found = json(core.post("/core/v1/participants/search", null,
                    "{\"nik\":\"" + member.nik() + "\"}"));
            assertThat(found.get("paidUpTo").asString()).isEqualTo("2026-11");
        }
    }

    @Test
    void refusesARegencyBudgetBilledForAVillageCode() {
        HttpResponse<String> response = core.post(PATH, "regency-bad",
                "{\"villageCode\":\"3603012014\",\"payerType\":\"REGENCY_BUDGET\",\"period\":\"2026-11\"}");

        assertThat(response.statusCode()).isEqualTo(400);
    }
}
