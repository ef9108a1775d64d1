package id.jamsostek.core.simulator;

import static id.jamsostek.core.simulator.ContractConformance.assertConforms;
import static id.jamsostek.core.simulator.CoreClient.json;
import static id.jamsostek.core.simulator.CoreClient.paymentBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Keeping participants active (domain.md section 4): per village and payer, those whose paid-up period ends this
 * month and those that lapsed, as of 22 November 2026, in the renewals list and in the collective bill's preview.
 */
class RenewalsHttpTest {

    private static final String VILLAGE = "3603012009";

    @RegisterExtension
    final PinnedSimulator pinned = PinnedSimulator.at("2026-10-10T10:00:00");
    private final MutableClock clock = pinned.clock();
    private final CoreClient core = pinned.core();
    private String lapsedSelfPaid;
    private String endingOn24November;
    private String neverPaid;

    /**
     * Registered 10 October and paid for October: covered to 9 November (lapsed). Registered 25 October and paid:
     * covered to 24 November (ending this month). Registered 22 November, unpaid: lapsed at once. Registered 22
     * November for December: neither yet.
     */
    @BeforeEach
    void enrollAndPay() {
        lapsedSelfPaid = enrollAndPay(Enrollment.man(1, 1).payer("SELF"), "2026-10");
        clock.advance(Duration.ofDays(15)); // 25 October
        endingOn24November = enrollAndPay(Enrollment.man(2, 2), "2026-10");
        clock.advance(Duration.ofDays(28)); // 22 November
        neverPaid = enroll(Enrollment.man(3, 3), "2026-11");
        enroll(Enrollment.man(4, 4), "2026-12");
    }

    private String enroll(Enrollment enrollment, String firstMonth) {
        return enrollment.village(VILLAGE).with("firstMonth", firstMonth).with("incomeBand", "1000000.00")
                .programs("JKK", "JKM").enrollIn(core).get("kpj").asString();
    }

    private String enrollAndPay(Enrollment enrollment, String firstMonth) {
        String kpj = enroll(enrollment, firstMonth);
        HttpResponse<String> paid = core.post("pay-" + kpj, paymentBody(core.openBillJson(kpj)));
        assertThat(paid.statusCode()).isEqualTo(201);
        return kpj;
    }

    @Test
    void listsThoseEndingThisMonthAndThoseThatLapsedForEveryPayer() {
        HttpResponse<String> response = core.get("/core/v1/renewals?regionPrefix=" + VILLAGE);

        assertThat(response.statusCode()).isEqualTo(200);
        assertConforms("Renewals", response);
        JsonNode renewals = json(response);
        assertThat(renewals.get("asOf").asString()).isEqualTo("2026-11-22");
        assertThat(kpjs(renewals.get("endingThisMonth"))).containsExactly(endingOn24November);
        assertThat(renewals.at("/endingThisMonth/0/coveredUntil").asString()).isEqualTo("2026-11-24");
        assertThat(kpjs(renewals.get("lapsed"))).containsExactlyInAnyOrder(lapsedSelfPaid, neverPaid);
        for (JsonNode lapsed : renewals.get("lapsed")) {
            String coveredUntil = lapsed.get("coveredUntil").isNull() ? null : lapsed.get("coveredUntil").asString();
            assertThat(coveredUntil).isEqualTo(lapsed.get("kpj").asString().equals(neverPaid) ? null : "2026-11-09");
        }
    }

    @Test
    void listsOnlyThePayersOwnWhenAPayerTypeIsGiven() {
        JsonNode renewals = json(core.get("/core/v1/renewals?regionPrefix=" + VILLAGE + "&payerType=VILLAGE_BUDGET"));

        assertThat(renewals.get("payerType").asString()).isEqualTo("VILLAGE_BUDGET");
        assertThat(kpjs(renewals.get("endingThisMonth"))).containsExactly(endingOn24November);
        assertThat(kpjs(renewals.get("lapsed"))).containsExactly(neverPaid);
        assertThat(core.get("/core/v1/renewals?regionPrefix=" + VILLAGE + "&payerType=APBN").statusCode())
                .isEqualTo(400);
    }

    @Test
    void theCollectiveBillsPreviewShowsItsMembersAndTheRenewalsAndMakesNothing() {
        String command = "{\"villageCode\":\"" + VILLAGE + "\",\"payerType\":\"VILLAGE_BUDGET\",\"period\":\"2026-11\"}";

        HttpResponse<String> response = core.post("/core/v1/collective-bill-previews", null, command);

        assertThat(response.statusCode()).isEqualTo(200);
        assertConforms("CollectiveBillPreview", response);
        JsonNode preview = json(response);
        assertThat(preview.get("billed").asBoolean()).isFalse();
        assertThat(preview.get("members").asInt()).isEqualTo(2);
        // November 2026, lowest band, a village budget: discounted, 8,400 each
        assertThat(preview.get("totalAmount").asString()).isEqualTo("16800.00");
        assertThat(kpjs(preview.get("endingThisMonth"))).containsExactly(endingOn24November);
        assertThat(kpjs(preview.get("lapsed"))).containsExactly(neverPaid);
        assertThat(core.openBill(VILLAGE + "01").statusCode()).as("no collective code opened").isEqualTo(404);

        HttpResponse<String> made = core.post("/core/v1/collective-bills", "bill-nov", command);
        JsonNode again = json(core.post("/core/v1/collective-bill-previews", null, command));
        assertThat(again.get("billed").asBoolean()).isTrue();
        assertThat(again.get("totalAmount").asString()).isEqualTo(json(made).get("totalAmount").asString());
    }

    private static List<String> kpjs(JsonNode records) {
        List<String> kpjs = new ArrayList<>();
        records.forEach(r -> kpjs.add(r.get("kpj").asString()));
        return kpjs;
    }
}
