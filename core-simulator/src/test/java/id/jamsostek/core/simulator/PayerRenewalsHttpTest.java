package id.jamsostek.core.simulator;

import static id.jamsostek.core.simulator.ContractConformance.assertConforms;
import static id.jamsostek.core.simulator.CoreClient.json;
import static id.jamsostek.core.simulator.CoreClient.paymentBody;
import static id.jamsostek.core.simulator.CoreClient.problemType;
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
 * Keeping participants active (domain.md section 4) for a donor and a Perisai agent: as of 22 November 2026, those
 * whose next month to pay is the payer's, ending this month or lapsed, in the payer's renewals and in its collective
 * bill's preview. Lowest band, JKK and JKM, November 2026: PP 50/2025 discounts a donor's and an agent's months alike
 * (8,400 each).
 */
class PayerRenewalsHttpTest {

    private static final String DONOR = "CSR-ACME-01";
    private static final String AGENT = "perisai-saga";

    @RegisterExtension
    final PinnedSimulator pinned = PinnedSimulator.at("2026-10-10T10:00:00");
    private final MutableClock clock = pinned.clock();
    private final CoreClient core = pinned.core();
    private String sponsoredLapsed;
    private String sponsoredEnding;
    private String enrolledWithDonorNeverPaid;
    private String otherDonorsEnding;
    private String sponsoredOnlyFromJanuary;
    private String agentsEnding;
    private String agentsNeverPaid;
    private String otherAgentsEnding;

    /**
     * 10 October: one self-paid, paid for October (covered to 9 November), sponsored by the donor for November and
     * December. 25 October, each paid for October (covered to 24 November): one sponsored by the donor for November and
     * December, one by another donor for November, one by the donor from January only; one worker of the agent and
     * one of another agent. 22 November, unpaid: one enrolled with the donor as payer and one worker of the agent.
     */
    @BeforeEach
    void enrollPayAndSponsor() {
        Enrollment a = Enrollment.man(1, 31);
        sponsoredLapsed = enrollAndPay(a.payer("SELF"), "2026-10");
        sponsor(DONOR, a, "2026-11", "2026-12");
        clock.advance(Duration.ofDays(15)); // 25 October
        Enrollment b = Enrollment.man(2, 32);
        sponsoredEnding = enrollAndPay(b.payer("SELF"), "2026-10");
        sponsor(DONOR, b, "2026-11", "2026-12");
        Enrollment d = Enrollment.man(3, 33);
        otherDonorsEnding = enrollAndPay(d.payer("SELF"), "2026-10");
        sponsor("BAZNAS-3603", d, "2026-11", "2026-11");
        Enrollment e = Enrollment.man(4, 34);
        sponsoredOnlyFromJanuary = enrollAndPay(e.payer("SELF"), "2026-10");
        sponsor(DONOR, e, "2027-01", "2027-01");
        agentsEnding = enrollAndPay(worker(Enrollment.man(5, 35), AGENT), "2026-10");
        otherAgentsEnding = enrollAndPay(worker(Enrollment.man(6, 36), "perisai-bogor"), "2026-10");
        clock.advance(Duration.ofDays(28)); // 22 November
        enrolledWithDonorNeverPaid = enroll(Enrollment.man(7, 37).paidByDonor(DONOR), "2026-11");
        agentsNeverPaid = enroll(worker(Enrollment.man(8, 38), AGENT), "2026-11");
    }

    private static Enrollment worker(Enrollment enrollment, String agentId) {
        return enrollment.with("channel", "AGENT").with("partnerId", agentId).payer("SELF");
    }

    private String enroll(Enrollment enrollment, String firstMonth) {
        return enrollment.with("firstMonth", firstMonth).with("incomeBand", "1000000.00").programs("JKK", "JKM")
                .enrollIn(core).get("kpj").asString();
    }

    private String enrollAndPay(Enrollment enrollment, String firstMonth) {
        String kpj = enroll(enrollment, firstMonth);
        assertThat(core.post("pay-" + kpj, paymentBody(core.openBillJson(kpj))).statusCode()).isEqualTo(201);
        return kpj;
    }

    private void sponsor(String donorId, Enrollment who, String from, String to) {
        HttpResponse<String> made = core.post("/core/v1/sponsorships", "sponsor-" + who.nik(), "{\"donorId\":\""
                + donorId + "\",\"nik\":\"" + who.nik() + "\",\"fromMonth\":\"" + from + "\",\"toMonth\":\"" + to
                + "\"}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    }

    private HttpResponse<String> preview(String path, String period) {
        return core.post(path + "/collective-bill-previews", null, "{\"period\":\"" + period + "\"}");
    }

    @Test
    void aDonorSeesThoseWhoseNextMonthItPays() {
        HttpResponse<String> response = core.get("/core/v1/donors/" + DONOR + "/renewals");

        assertThat(response.statusCode()).isEqualTo(200);
        assertConforms("PayerRenewals", response);
        JsonNode renewals = json(response);
        assertThat(renewals.get("payerKind").asString()).isEqualTo("DONOR");
        assertThat(renewals.get("asOf").asString()).isEqualTo("2026-11-22");
        assertThat(kpjs(renewals.get("endingThisMonth"))).containsExactly(sponsoredEnding)
                .doesNotContain(otherDonorsEnding, sponsoredOnlyFromJanuary);
        assertThat(renewals.at("/endingThisMonth/0/coveredUntil").asString()).isEqualTo("2026-11-24");
        assertThat(kpjs(renewals.get("lapsed"))).containsExactlyInAnyOrder(sponsoredLapsed,
                enrolledWithDonorNeverPaid);
        assertThat(kpjs(json(core.get("/core/v1/donors/BAZNAS-3603/renewals")).get("endingThisMonth")))
                .containsExactly(otherDonorsEnding);
    }

    @Test
    void anAgentSeesOnlyItsOwnWorkers() {
        HttpResponse<String> response = core.get("/core/v1/agents/" + AGENT + "/renewals");

        assertConforms("PayerRenewals", response);
        JsonNode renewals = json(response);
        assertThat(renewals.get("payerKind").asString()).isEqualTo("AGENT");
        assertThat(kpjs(renewals.get("endingThisMonth"))).containsExactly(agentsEnding);
        assertThat(kpjs(renewals.get("lapsed"))).containsExactly(agentsNeverPaid);
        assertThat(kpjs(json(core.get("/core/v1/agents/perisai-bogor/renewals")).get("endingThisMonth")))
                .containsExactly(otherAgentsEnding);
    }

    @Test
    void theDonorsPreviewHasTheBillsMembersAndAmountsAndMakesNothing() {
        HttpResponse<String> response = preview("/core/v1/donors/" + DONOR, "2026-11");

        assertThat(response.statusCode()).isEqualTo(200);
        assertConforms("PayerCollectiveBillPreview", response);
        JsonNode preview = json(response);
        assertThat(preview.get("billed").asBoolean()).isFalse();
        assertThat(preview.get("members").asInt()).isEqualTo(3);
        assertThat(preview.get("totalAmount").asString()).isEqualTo("25200.00");
        assertThat(kpjs(preview.get("endingThisMonth"))).containsExactly(sponsoredEnding);
        assertThat(kpjs(preview.get("lapsed"))).containsExactlyInAnyOrder(sponsoredLapsed,
                enrolledWithDonorNeverPaid);

        JsonNode bill = json(core.post("/core/v1/donors/" + DONOR + "/collective-bills", "bill-nov",
                "{\"period\":\"2026-11\"}"));
        assertThat(bill.get("customerNo").asString()).as("the preview took no collective code")
                .isEqualTo("010000000001");
        assertThat(bill.get("totalAmount").asString()).isEqualTo("25200.00");
        assertThat(bill.get("members").asInt()).isEqualTo(3);
        JsonNode again = json(preview("/core/v1/donors/" + DONOR, "2026-11"));
        assertThat(again.get("billed").asBoolean()).isTrue();
        assertThat(again.get("totalAmount").asString()).isEqualTo("25200.00");

        assertThat(core.post("pay-donor-nov", paymentBody(bill)).statusCode()).isEqualTo(201);
        HttpResponse<String> paid = preview("/core/v1/donors/" + DONOR, "2026-11");
        assertThat(paid.statusCode()).isEqualTo(409);
        assertThat(problemType(paid)).endsWith("/bill-already-paid");
        assertThat(kpjs(json(core.get("/core/v1/donors/" + DONOR + "/renewals")).get("lapsed"))).isEmpty();
    }

    @Test
    void theAgentsPreviewHasItsWorkersAndNobodyToBillIsZero() {
        JsonNode preview = json(preview("/core/v1/agents/" + AGENT, "2026-11"));

        assertThat(preview.get("payerKind").asString()).isEqualTo("AGENT");
        assertThat(preview.get("members").asInt()).isEqualTo(2);
        assertThat(preview.get("totalAmount").asString()).isEqualTo("16800.00");
        assertThat(kpjs(preview.get("endingThisMonth"))).containsExactly(agentsEnding);
        JsonNode nobody = json(preview("/core/v1/agents/perisai-none", "2026-11"));
        assertThat(nobody.get("members").asInt()).isZero();
        assertThat(nobody.get("totalAmount").asString()).isEqualTo("0.00");
    }

    @Test
    void refusesABadPeriodOrPayerId() {
        HttpResponse<String> badPeriod = preview("/core/v1/agents/" + AGENT, "2026-13");
        HttpResponse<String> badId = core.get("/core/v1/donors/-bad/renewals");

        assertThat(badPeriod.statusCode()).isEqualTo(400);
        assertThat(problemType(badPeriod)).endsWith("/invalid-request");
        assertThat(badId.statusCode()).isEqualTo(400);
    }

    private static List<String> kpjs(JsonNode records) {
        List<String> kpjs = new ArrayList<>();
        records.forEach(r -> kpjs.add(r.get("kpj").asString()));
        return kpjs;
    }
}
