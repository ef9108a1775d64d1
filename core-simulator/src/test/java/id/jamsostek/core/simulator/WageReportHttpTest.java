package id.jamsostek.core.simulator;

import static id.jamsostek.core.simulator.ContractConformance.assertConforms;
import static id.jamsostek.core.simulator.CoreClient.json;
import static id.jamsostek.core.simulator.CoreClient.paymentBody;
import static id.jamsostek.core.simulator.CoreClient.problemType;
import static id.jamsostek.core.simulator.Employers.HEAD_OFFICE;
import static id.jamsostek.core.simulator.Employers.MAJU;
import static id.jamsostek.core.simulator.Employers.leaver;
import static id.jamsostek.core.simulator.Employers.report;
import static id.jamsostek.core.simulator.Employers.wage;
import static id.jamsostek.core.simulator.Employers.wageReport;
import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.core.simulator.demo.DemoSeed;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** PUT .../wage-reports/{period}: versions, rules and what they do to the bills; "today" 22 November 2026. */
class WageReportHttpTest {

    private static final String BUDI = DemoSeed.BUDI_KPJ;
    private static final String DEWI = DemoSeed.DEWI_KPJ;
    private static final String EKO = "21010000003";
    private static final String RINA = "21010000004";
    private static final String NOVEMBER = wageReport(MAJU, HEAD_OFFICE, "2026-11");

    @RegisterExtension
    final PinnedSimulator simulator = PinnedSimulator.at("2026-11-22T10:00:00");
    private final CoreClient core = simulator.core();

    @Test
    void takesTheFirstVersionIntoForce() {
        HttpResponse<String> response = core.put(NOVEMBER, report(1, wage(BUDI, "8500000.00"), leaver(DEWI,
                "2026-11-20")));

        assertThat(response.statusCode()).isEqualTo(201);
        assertConforms("WageReportReceipt", response);
        assertThat(response.body()).isEqualTo("{\"npp\":\"19012345\",\"division\":\"000\",\"period\":\"2026-11\","
                + "\"version\":1,\"supersededVersion\":null,\"employees\":1,\"leavers\":1}");
    }

    @Test
    void replaysTheSameVersionWithTheSameContentWhateverTheListOrder() {
        HttpResponse<String> first = core.put(NOVEMBER, report(1, wage(BUDI, "8500000.00") + ","
                + wage(DEWI, "15500000.00"), ""));

        HttpResponse<String> again = core.put(NOVEMBER, "{ \"leavers\": [], \"wages\": [" + wage(DEWI, "15500000.00")
                + "," + wage(BUDI, "8500000.00") + "], \"version\": 1 }");

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(again.body()).isEqualTo(first.body());
    }

    @Test
    void refusesTheSameVersionWithOtherContent() {
        core.put(NOVEMBER, report(1, wage(BUDI, "8500000.00"), ""));

        HttpResponse<String> response = core.put(NOVEMBER, report(1, wage(BUDI, "8600000.00"), ""));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(problemType(response)).endsWith("/wage-report-version-conflict");
        assertConforms("Problem", response);
    }

    @Test
    void replacesTheVersionInForceWithAHigherOneAndRefusesALowerOne() {
        core.put(NOVEMBER, report(1, wage(BUDI, "8500000.00"), ""));

        HttpResponse<String> third = core.put(NOVEMBER, report(3, wage(BUDI, "8700000.00"), ""));
        HttpResponse<String> second = core.put(NOVEMBER, report(2, wage(BUDI, "8600000.00"), ""));
        HttpResponse<String> firstAgain = core.put(NOVEMBER, report(1, wage(BUDI, "8500000.00"), ""));

        assertThat(third.statusCode()).isEqualTo(201);
        assertThat(json(third).get("supersededVersion").asInt()).isEqualTo(1);
        for (HttpResponse<String> stale : List.of(second, firstAgain)) {
            assertThat(stale.statusCode()).isEqualTo(409);
            assertThat(problemType(stale)).endsWith("/wage-report-superseded");
            assertThat(json(stale).get("currentVersion").asInt()).isEqualTo(3);
            assertConforms("Problem", stale);
        }
        assertThat(wageOn(bill("2026-11"), BUDI)).isEqualTo("8700000.00");
    }

    @Test
    void refusesAReportOfAPaidMonth() {
        JsonNode open = core.openBillJson(DemoSeed.MAJU_BERSAMA);
        assertThat(core.post("pay-november", paymentBody(open)).statusCode()).isEqualTo(201);

        HttpResponse<String> november = core.put(NOVEMBER, report(1, wage(BUDI, "8500000.00"), ""));
        HttpResponse<String> october = core.put(wageReport(MAJU, HEAD_OFFICE, "2026-10"), report(1, "", ""));

        for (HttpResponse<String> closed : List.of(november, october)) {
            assertThat(closed.statusCode()).isEqualTo(409);
            assertThat(problemType(closed)).endsWith("/period-closed");
            assertConforms("Problem", closed);
        }
    }

    @Test
    void replaysTheVersionInForceEvenOnceTheMonthIsPaid() {
        String body = report(1, wage(BUDI, "8500000.00"), "");
        HttpResponse<String> first = core.put(NOVEMBER, body);
        core.post("pay-november", paymentBody(core.openBillJson(DemoSeed.MAJU_BERSAMA)));

        HttpResponse<String> again = core.put(NOVEMBER, body);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
    }

    @Test
    void refusesAFutureMonthWithThePeriodAsTheWholeRequest() {
        HttpResponse<String> response = core.put(wageReport(MAJU, HEAD_OFFICE, "2026-12"), report(1, "", ""));

        assertRulesBroken(response, "");
        assertThat(json(response).get("errors").get(0).get("detail").asString())
                .isEqualTo("the period is after the current month");
    }

    @Test
    void refusesAMonthBeforeTheEmployersRegistration() {
        assertRulesBroken(core.put(wageReport(MAJU, HEAD_OFFICE, "2025-02"), report(1, "", "")), "");
    }

    @Test
    void refusesAKpjThatIsNotAnEmployeeOfTheDivision() {
        HttpResponse<String> response = core.put(NOVEMBER, report(1, wage(BUDI, "8500000.00") + ","
                + wage("21010000003", "5000000.00"), leaver(DemoSeed.SITI_KPJ, "2026-11-10")));

        assertRulesBroken(response, "/wages/1/kpj", "/leavers/0/kpj");
    }

    @Test
    void refusesAKpjListedTwice() {
        HttpResponse<String> response = core.put(NOVEMBER, report(1, wage(BUDI, "8500000.00") + ","
                + wage(BUDI, "8600000.00"), leaver(DEWI, "2026-11-10") + "," + leaver(DEWI, "2026-11-11")));

        assertRulesBroken(response, "/wages/1/kpj", "/leavers/1/kpj");
        assertThat(json(response).get("errors").get(0).get("detail").asString()).isEqualTo("is listed twice");
    }

    @Test
    void refusesALeaverEndingBeforeTheStartOrAfterTheMonth() {
        String kpj = EmployeeBody.man(7, 801).with("startDate", "2026-11-05").registerIn(core, MAJU, HEAD_OFFICE)
                .get("kpj").asString();

        HttpResponse<String> response = core.put(NOVEMBER, report(1, "", leaver(kpj, "2026-11-04") + ","
                + leaver(DEWI, "2026-12-01")));

        assertRulesBroken(response, "/leavers/0/endDate", "/leavers/1/endDate");
    }

    @Test
    void refusesAWageForSomeoneWhoLeftInAnEarlierMonthsReport() {
        assertThat(core.put(sinar("2026-10"), report(1, "", leaver(RINA, "2026-10-31"))).statusCode())
                .isEqualTo(201);

        assertRulesBroken(core.put(sinar("2026-11"), report(1, wage(RINA, "6000000.00"), "")), "/wages/0/kpj");
    }

    @Test
    void listsEveryBrokenRuleInBodyOrder() {
        HttpResponse<String> response = core.put(wageReport(MAJU, HEAD_OFFICE, "2026-12"), report(1,
                wage(BUDI, "1.00") + "," + wage(BUDI, "2.00") + "," + wage("29999999999", "3.00"),
                leaver(DEWI, "2027-01-20")));

        assertRulesBroken(response, "", "/wages/1/kpj", "/wages/2/kpj", "/leavers/0/endDate");
    }

    @Test
    void aLeaverIsBilledForTheMonthTheyLeaveAndNotAfter() {
        assertThat(core.put(sinar("2026-09"), report(1, "", leaver(RINA, "2026-09-20"))).statusCode()).isEqualTo(201);

        assertThat(kpjsOn(sinarBill("2026-09"))).containsExactly(EKO, RINA);
        assertThat(kpjsOn(sinarBill("2026-10"))).containsExactly(EKO);
        assertThat(kpjsOn(sinarBill("2026-11"))).containsExactly(EKO);
    }

    @Test
    void aLeaverLeftOutOfALaterVersionIsEmployedAgain() {
        core.put(sinar("2026-09"), report(1, "", leaver(RINA, "2026-09-20")));

        assertThat(core.put(sinar("2026-09"), report(2, "", "")).statusCode()).isEqualTo(201);

        assertThat(kpjsOn(sinarBill("2026-11"))).containsExactly(EKO, RINA);
    }

    @Test
    void aReportedWageHoldsForTheFollowingMonthsUntilAnotherReport() {
        core.put(sinar("2026-09"), report(1, wage(EKO, "5600000.00"), ""));
        core.put(sinar("2026-11"), report(1, wage(EKO, "5800000.00"), ""));

        assertThat(wageOn(sinarBill("2026-09"), EKO)).isEqualTo("5600000.00");
        assertThat(wageOn(sinarBill("2026-10"), EKO)).isEqualTo("5600000.00");
        assertThat(sinarBill("2026-10").get("wageReportVersion").isNull()).isTrue();
        assertThat(wageOn(sinarBill("2026-11"), EKO)).isEqualTo("5800000.00");
        assertThat(wageOn(sinarBill("2026-11"), RINA)).isEqualTo("6000000.00");
    }

    @Test
    void refusesAReportOfAMonthTheDemoDataTookOverAsPaid() {
        HttpResponse<String> october = core.put(wageReport(MAJU, HEAD_OFFICE, "2026-10"), report(1, "", ""));

        assertThat(october.statusCode()).isEqualTo(409);
        assertThat(problemType(october)).endsWith("/period-closed");
    }

    @Test
    void refusesBodiesTheContractRefuses() {
        for (String body : List.of(report(0, "", ""), "{\"version\":1,\"wages\":[]}",
                report(1, wage(BUDI, "8500000"), ""), "{\"version\":1,")) {
            HttpResponse<String> response = core.put(NOVEMBER, body);

            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(problemType(response)).endsWith("/invalid-request");
        }
        assertThat(json(core.get(Employers.bill(MAJU, HEAD_OFFICE, "2026-11"))).get("wageReportVersion").isNull())
                .isTrue();
    }

    @Test
    void refusesAPeriodThatIsNotAMonth() {
        HttpResponse<String> response = core.put(wageReport(MAJU, HEAD_OFFICE, "2026-13"), report(1, "", ""));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(problemType(response)).endsWith("/invalid-request");
    }

    @Test
    void answersUnknownEmployerForAnUnknownUnit() {
        HttpResponse<String> response = core.put(wageReport("99999999", HEAD_OFFICE, "2026-11"), report(1, "", ""));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(problemType(response)).endsWith("/unknown-employer");
    }

    private void assertRulesBroken(HttpResponse<String> response, String... pointers) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertConforms("Problem", response);
        assertThat(problemType(response)).endsWith("/invalid-wage-report");
        assertThat(json(response).get("errors").findValuesAsString("pointer")).containsExactly(pointers);
    }

    private static String sinar(String period) {
        return wageReport(Employers.SINAR, HEAD_OFFICE, period);
    }

    private JsonNode sinarBill(String period) {
        return bill(Employers.SINAR, period);
    }

    private JsonNode bill(String period) {
        return bill(MAJU, period);
    }

    private JsonNode bill(String npp, String period) {
        HttpResponse<String> response = core.get(Employers.bill(npp, HEAD_OFFICE, period));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private static List<String> kpjsOn(JsonNode bill) {
        return bill.get("employees").findValuesAsString("kpj");
    }

    private static String wageOn(JsonNode bill, String kpj) {
        for (JsonNode employee : bill.get("employees")) {
            if (employee.get("kpj").asString().equals(kpj)) {
                return employee.get("wage").asString();
            }
        }
        throw new AssertionError(kpj + " is not on the bill");
    }
}
