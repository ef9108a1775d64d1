package id.jamsostek.core.simulator;

import static id.jamsostek.core.simulator.ContractConformance.assertConforms;
import static id.jamsostek.core.simulator.CoreClient.json;
import static id.jamsostek.core.simulator.CoreClient.paymentBody;
import static id.jamsostek.core.simulator.CoreClient.problemType;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CollectiveBillHttpTest {

    private static final String PATH = "/core/v1/collective-bills";
    private static final String VILLAGE = "3603032001";
    private static final String NOVEMBER = command(VILLAGE, "2026-11");

    private final MutableClock clock = MutableClock.atJakarta("2026-11-22T10:00:00");
    private final CoreSimulator sim = CoreSimulator.start(CoreSimulatorSettings.defaults().withClock(clock));
    private final CoreClient core = new CoreClient(sim.baseUrl());

    private Enrollment lowestBand;
    private Enrollment withJht;
    private Enrollment fromDecember;
    private Enrollment paysAlone;
    private Enrollment selfPaying;
    private String lowestBandKpj;

    @BeforeEach
    void enrollTheVillage() {
        lowestBand = Enrollment.man(1, 1).village(VILLAGE).with("incomeBand", "1000000.00");
        withJht = Enrollment.man(2, 1).village(VILLAGE).programs("JKK", "JKM", "JHT");
        fromDecember = Enrollment.man(3, 1).village(VILLAGE).with("incomeBand", "1000000.00")
                .with("firstMonth", "2026-12");
        paysAlone = Enrollment.man(4, 1).village(VILLAGE);
        selfPaying = Enrollment.man(5, 1).village(VILLAGE).payer("SELF");
        lowestBandKpj = lowestBand.enrollIn(core).get("kpj").asString();
        withJht.enrollIn(core);
        fromDecember.enrollIn(core);
        JsonNode alone = paysAlone.enrollIn(core);
        selfPaying.enrollIn(core);
        core.post("own-payment", paymentBody(alone.get("firstBill")));
    }

    @AfterEach
    void stop() {
        sim.stop();
    }

    @Test
    void billsTheMonthOfTheMembersTheVillageBudgetOwes() {
        HttpResponse<String> response = core.post(PATH, "col-1", NOVEMBER);

        assertThat(response.statusCode()).isEqualTo(201);
        assertConforms("Bill", response);
        JsonNode bill = json(response);
        assertThat(bill.get("accountType").asString()).isEqualTo("COLLECTIVE");
        assertThat(bill.get("customerNo").asString()).isEqualTo("360303200101");
        assertThat(bill.get("holderName").asString()).isEqualTo("DESA 3603032001");
        assertThat(bill.get("status").asString()).isEqualTo("UNPAID");
        assertThat(bill.get("periods").toString()).isEqualTo("[\"2026-11\"]");
        assertThat(bill.get("members").asInt()).isEqualTo(2);
        // a village budget is discounted (PP 50/2025, November 2026): JKK (10,000 + 25,000) / 2; JKM 2 x 3,400;
        // JHT in full, 2 % of 2,500,000 for the one who chose it
        assertThat(bill.get("lines").toString()).isEqualTo("[{\"program\":\"JKK\",\"amount\":\"17500.00\","
                + "\"informational\":false},{\"program\":\"JKM\",\"amount\":\"6800.00\",\"informational\":false},"
                + "{\"program\":\"JHT\",\"amount\":\"50000.00\",\"informational\":false},"
                + "{\"program\":\"JKP\",\"amount\":\"0.00\",\"informational\":true}]");
        assertThat(bill.get("totalAmount").asString()).isEqualTo("74300.00");
        assertThat(core.openBillJson("360303200101").get("billId")).isEqualTo(bill.get("billId"));
    }

    @Test
    void keepsOneCodePerVillageAndCountsLaterFirstMonths() {
        JsonNode november = json(core.post(PATH, "col-nov", NOVEMBER));

        JsonNode december = json(core.post(PATH, "col-dec", command(VILLAGE, "2026-12")));

        assertThat(december.get("customerNo")).isEqualTo(november.get("customerNo"));
        assertThat(december.get("members").asInt()).isEqualTo(4);
        assertThat(december.get("billId")).isNotEqualTo(november.get("billId"));
    }

    @Test
    void answersTheSameUnpaidBillUnderAnotherKeyAndReplaysTheSameKey() {
        HttpResponse<String> first = core.post(PATH, "col-first", NOVEMBER);

        HttpResponse<String> otherKey = core.post(PATH, "col-other", NOVEMBER);
        HttpResponse<String> sameKey = core.post(PATH, "col-first", NOVEMBER);

        assertThat(otherKey.statusCode()).isEqualTo(200);
        assertThat(otherKey.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(json(otherKey).get("billId")).isEqualTo(json(first).get("billId"));
        assertThat(sameKey.statusCode()).isEqualTo(200);
        assertThat(sameKey.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(sameKey.body()).isEqualTo(first.body());
        HttpResponse<String> reused = core.post(PATH, "col-first", command(VILLAGE, "2026-12"));
        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(problemType(reused)).endsWith("/idempotency-key-reused");
    }

    @Test
    void payingItMovesEveryMembersPaidUpTo() {
        JsonNode bill = json(core.post(PATH, "col-pay", NOVEMBER));

        HttpResponse<String> payment = core.post("pay-collective", paymentBody(bill));

        assertThat(payment.statusCode()).isEqualTo(201);
        for (Enrollment member : new Enrollment[] {lowestBand, withJht}) {
            JsonNode record = search(member);
            assertThat(record.get("paidUpTo").asString()).isEqualTo("2026-11");
            assertThat(record.get("activeThisMonth").asBoolean()).isTrue();
        }
        assertThat(search(fromDecember).get("paidUpTo").isNull()).isTrue();
        assertThat(search(selfPaying).get("paidUpTo").isNull()).isTrue();
        assertThat(core.openBillJson("360303200101").get("status").asString()).isEqualTo("PAID");
        HttpResponse<String> again = core.post(PATH, "col-after-payment", NOVEMBER);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(problemType(again)).endsWith("/bill-already-paid");
        assertConforms("Problem", again);
    }

    @Test
    void aMemberPaidByTheVillageNoLongerOwesTheMonthAlone() {
        JsonNode ownBill = core.openBillJson(lowestBandKpj);
        core.post("pay-collective", paymentBody(json(core.post(PATH, "col", NOVEMBER))));

        HttpResponse<String> ownPayment = core.post("pay-own-too", paymentBody(ownBill));

        assertThat(ownPayment.statusCode()).isEqualTo(409);
        assertThat(problemType(ownPayment)).endsWith("/bill-already-paid");
    }

    @Test
    void answersNoMembersWhenNobodyQualifies() {
        HttpResponse<String> otherVillage = core.post(PATH, "col-empty", command("3603039999", "2026-11"));
        HttpResponse<String> beforeAnyone = core.post(PATH, "col-early", command(VILLAGE, "2026-10"));

        assertThat(otherVillage.statusCode()).isEqualTo(404);
        assertThat(problemType(otherVillage)).endsWith("/no-members");
        assertConforms("Problem", otherVillage);
        assertThat(beforeAnyone.statusCode()).isEqualTo(404);
    }

    @Test
    void refusesCommandsNotToContract() {
        HttpResponse<String> donor = core.post(PATH, "col-donor",
                "{\"villageCode\":\"" + VILLAGE + "\",\"payerType\":\"DONOR\",\"period\":\"2026-11\"}");
        HttpResponse<String> noKey = core.post(PATH, null, NOVEMBER);

        assertThat(donor.statusCode()).isEqualTo(400);
        assertThat(noKey.statusCode()).isEqualTo(400);
        assertThat(problemType(noKey)).endsWith("/invalid-request");
    }

    private JsonNode search(Enrollment member) {
        return json(core.post("/core/v1/participants/search", null, "{\"nik\":\"" + member.nik() + "\"}"));
    }

    private static String command(String villageCode, String period) {
        return "{\"villageCode\":\"" + villageCode + "\",\"payerType\":\"VILLAGE_BUDGET\",\"period\":\"" + period
                + "\"}";
    }
}
