package id.jamsostek.core.simulator;

import static id.jamsostek.core.simulator.ContractConformance.assertConforms;
import static id.jamsostek.core.simulator.CoreClient.json;
import static id.jamsostek.core.simulator.CoreClient.paymentBody;
import static id.jamsostek.core.simulator.CoreClient.problemType;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Donors (domain.md section 1, payers): a donor pays a self-paid participant's months from one month to another; the
 * bill of each month goes to whoever pays that month, and months another payer covers cannot be sponsored. On 22
 * November 2026, lowest band, not transport: PP 50/2025 halves JKK and JKM for a donor as for the participant.
 */
class SponsorshipHttpTest {

    private static final String SPONSORSHIPS = "/core/v1/sponsorships";

    @RegisterExtension
    final PinnedSimulator pinned = PinnedSimulator.at("2026-11-22T10:00:00");
    private final CoreClient core = pinned.core();

    private JsonNode enroll(Enrollment enrollment, String payer) {
        return enrollment.payer(payer).with("incomeBand", "1000000.00").programs("JKK", "JKM").enrollIn(core);
    }

    private HttpResponse<String> sponsor(String key, String donor, Enrollment who, String from, String to) {
        return core.post(SPONSORSHIPS, key, "{\"donorId\":\"" + donor + "\",\"nik\":\"" + who.nik()
                + "\",\"fromMonth\":\"" + from + "\",\"toMonth\":\"" + to + "\"}");
    }

    private HttpResponse<String> bill(String donor, String key, String period) {
        return core.post("/core/v1/donors/" + donor + "/collective-bills", key, "{\"period\":\"" + period + "\"}");
    }

    private JsonNode participant(Enrollment who) {
        return json(core.post("/core/v1/participants/search", null, "{\"nik\":\"" + who.nik() + "\"}"));
    }

    @Test
    void billsEachMonthToWhoeverPaysIt() {
        Enrollment paysNovemberHimself = Enrollment.man(1, 21);
        Enrollment sponsoredInNovember = Enrollment.man(2, 21);
        JsonNode first = enroll(paysNovemberHimself, "SELF");
        enroll(sponsoredInNovember, "SELF");
        assertThat(core.post("pay-own-november", paymentBody(first.get("firstBill"))).statusCode()).isEqualTo(201);

        HttpResponse<String> made = sponsor("csr-dec-jan", "CSR-ACME-01", paysNovemberHimself, "2026-12", "2027-01");
        assertThat(made.statusCode()).isEqualTo(201);
        assertConforms("Sponsorship", made);
        assertThat(sponsor("csr-nov", "CSR-ACME-01", sponsoredInNovember, "2026-11", "2026-11").statusCode())
                .isEqualTo(201);

        assertThat(core.openBill(sponsoredInNovember.nik()).statusCode()).as("its own VA owes nothing in November")
                .isEqualTo(404);
        JsonNode november = json(bill("CSR-ACME-01", "csr-bill-nov", "2026-11"));
        assertThat(november.get("members").asInt()).isEqualTo(1);
        assertThat(november.get("totalAmount").asString()).isEqualTo("8400.00");
        assertThat(november.get("customerNo").asString()).matches("01[0-9]{10}");

        HttpResponse<String> december = bill("CSR-ACME-01", "csr-bill-dec", "2026-12");
        assertThat(december.statusCode()).isEqualTo(201);
        assertConforms("Bill", december);
        assertThat(json(december).get("members").asInt()).as("the second is back to paying for itself").isEqualTo(1);
        assertThat(json(december).get("customerNo")).isEqualTo(november.get("customerNo"));
        assertThat(core.post("pay-csr-nov", paymentBody(november)).statusCode()).isEqualTo(201);
        assertThat(participant(sponsoredInNovember).get("paidUpTo").asString()).isEqualTo("2026-11");
        assertThat(core.post("pay-csr-dec", paymentBody(json(december))).statusCode()).isEqualTo(201);
        assertThat(participant(paysNovemberHimself).get("paidUpTo").asString()).isEqualTo("2026-12");

        HttpResponse<String> listed = core.get("/core/v1/donors/CSR-ACME-01/sponsored");
        assertConforms("SponsoredParticipants", listed);
        assertThat(json(listed).get("items")).hasSize(2);
    }

    @Test
    void refusesMonthsAnotherPayerCoversAndChangesNothing() {
        Enrollment sponsored = Enrollment.man(3, 21);
        Enrollment villagePaid = Enrollment.man(4, 21);
        Enrollment paidAhead = Enrollment.man(5, 21);
        enroll(sponsored, "SELF");
        enroll(villagePaid, "VILLAGE_BUDGET");
        JsonNode ahead = enroll(paidAhead, "SELF");
        assertThat(core.post("pay-ahead-nov", paymentBody(ahead.get("firstBill"))).statusCode()).isEqualTo(201);
        assertThat(sponsor("zakat-first", "BAZNAS-3603", sponsored, "2026-12", "2027-03").statusCode()).isEqualTo(201);

        HttpResponse<String> overlapping = sponsor("csr-overlap", "CSR-ACME-01", sponsored, "2027-02", "2027-05");
        HttpResponse<String> budgetPaid = sponsor("csr-village", "CSR-ACME-01", villagePaid, "2026-12", "2027-01");
        HttpResponse<String> alreadyPaid = sponsor("csr-paid", "CSR-ACME-01", paidAhead, "2026-11", "2026-12");
        HttpResponse<String> backwards = sponsor("csr-backwards", "CSR-ACME-01", sponsored, "2027-06", "2027-05");

        for (HttpResponse<String> refused : java.util.List.of(overlapping, budgetPaid, alreadyPaid)) {
            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(problemType(refused)).endsWith("/sponsorship-conflict");
        }
        assertThat(json(overlapping).get("detail").asString()).contains("2026-12 to 2027-03")
                .doesNotContain("BAZNAS");
        assertThat(backwards.statusCode()).isEqualTo(422);
        assertThat(problemType(backwards)).endsWith("/invalid-sponsorship");
        assertThat(json(core.get("/core/v1/donors/CSR-ACME-01/sponsored")).get("items")).isEmpty();
        assertThat(bill("CSR-ACME-01", "csr-nobody", "2027-02").statusCode()).isEqualTo(404);
    }

    @Test
    void refusesMonthsAPaymentOrderTheParticipantMayStillPayCovers() {
        Enrollment ordered = Enrollment.man(10, 21);
        String kpj = enroll(ordered, "SELF").get("kpj").asString();
        assertThat(core.post("/core/v1/payment-orders", "order-ahead", "{\"customerNo\":\"" + kpj
                + "\",\"months\":2}").statusCode()).isEqualTo(201);

        HttpResponse<String> refused = sponsor("csr-ordered", "CSR-ACME-01", ordered, "2026-12", "2027-01");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).get("detail").asString()).contains("payment order");
        assertThat(json(core.get("/core/v1/donors/CSR-ACME-01/sponsored")).get("items")).isEmpty();
    }

    @Test
    void anAgentIsBilledForTheWorkersItRegisteredThatNoDonorSponsors() {
        Enrollment collected = Enrollment.man(6, 21);
        Enrollment sponsored = Enrollment.man(7, 21);
        Enrollment otherAgents = Enrollment.man(8, 21);
        for (Enrollment worker : java.util.List.of(collected, sponsored)) {
            enroll(worker.with("channel", "AGENT").with("partnerId", "perisai-saga"), "SELF");
        }
        enroll(otherAgents.with("channel", "AGENT").with("partnerId", "perisai-bogor"), "SELF");
        assertThat(sponsor("csr-agent", "CSR-ACME-01", sponsored, "2026-11", "2026-12").statusCode()).isEqualTo(201);

        HttpResponse<String> bill = core.post("/core/v1/agents/perisai-saga/collective-bills", "agent-nov",
                "{\"period\":\"2026-11\"}");

        assertThat(bill.statusCode()).isEqualTo(201);
        assertThat(json(bill).get("members").asInt()).isEqualTo(1);
        assertThat(json(bill).get("customerNo").asString()).matches("02[0-9]{10}");
        assertThat(json(bill).get("totalAmount").asString()).isEqualTo("8400.00");
        HttpResponse<String> listed = core.get("/core/v1/agents/perisai-saga/participants");
        assertConforms("AgentParticipants", listed);
        assertThat(json(listed).get("items")).hasSize(2);
        assertThat(json(listed).get("items").get(0).get("agentId").asString()).isEqualTo("perisai-saga");
    }

    @Test
    void anAgentRegistersOnlyWorkersWhoPayForThemselves() {
        HttpResponse<String> refused = core.post(Enrollment.PATH, "agent-budget", Enrollment.man(9, 21)
                .with("channel", "AGENT").with("partnerId", "perisai-saga").payer("VILLAGE_BUDGET").json());

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json(refused).at("/errors/0/pointer").asString()).isEqualTo("/payer/type");
    }
}
