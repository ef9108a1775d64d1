package id.jamsostek.core.simulator;

import static id.jamsostek.core.simulator.ContractConformance.assertConforms;
import static id.jamsostek.core.simulator.CoreClient.json;
import static id.jamsostek.core.simulator.CoreClient.paymentBody;
import static id.jamsostek.core.simulator.CoreClient.problemType;
import static id.jamsostek.core.simulator.Employers.BERKAH;
import static id.jamsostek.core.simulator.Employers.HEAD_OFFICE;
import static id.jamsostek.core.simulator.Employers.MAJU;
import static id.jamsostek.core.simulator.Employers.SINAR;
import static id.jamsostek.core.simulator.Employers.report;
import static id.jamsostek.core.simulator.Employers.wage;
import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.core.simulator.demo.DemoSeed;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** GET .../contribution-bills/{period} and its tie to the open bill at banks; "today" 22 November 2026. */
class ContributionBillHttpTest {

    @RegisterExtension
    final PinnedSimulator simulator = PinnedSimulator.at("2026-11-22T10:00:00");
    private final CoreClient core = simulator.core();

    @Test
    void showsBothWorkedExamplesOnAMonthOfTheMarch2025Cap() {
        HttpResponse<String> response = core.get(Employers.bill(MAJU, HEAD_OFFICE, "2025-06"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertConforms("ContributionBill", response);
        JsonNode bill = json(response);
        assertThat(bill.get("status").asString()).isEqualTo("PAID");
        assertThat(bill.get("billId").isNull()).isTrue(); // taken over as paid by the demo data, no bill of ours
        assertThat(bill.get("dueDate").asString()).isEqualTo("2025-07-15");
        assertThat(employee(bill, DemoSeed.BUDI_KPJ)).isEqualTo("8000000.00 JP base 8000000.00: JKK 19200.00/0.00, "
                + "JKM 24000.00/0.00, JHT 296000.00/160000.00, JP 160000.00/80000.00");
        assertThat(employee(bill, DemoSeed.DEWI_KPJ)).isEqualTo("15000000.00 JP base 10547400.00: JKK 36000.00/0.00, "
                + "JKM 45000.00/0.00, JHT 555000.00/300000.00, JP 210948.00/105474.00");
        assertThat(programs(bill)).containsExactly("JKK 55200.00+0.00=55200.00", "JKM 69000.00+0.00=69000.00",
                "JHT 851000.00+460000.00=1311000.00", "JP 370948.00+185474.00=556422.00",
                "JKP 0.00+0.00=36000.00 (info)");
        assertThat(totals(bill)).isEqualTo("1346148.00 + 645474.00 + 0.00 = 1991622.00");
    }

    @Test
    void billsTheCurrentMonthOnTheOpenBillWithTheSameAmount() {
        JsonNode open = core.openBillJson(DemoSeed.MAJU_BERSAMA);

        JsonNode bill = json(core.get(Employers.bill(MAJU, HEAD_OFFICE, "2026-11")));

        assertThat(bill.get("status").asString()).isEqualTo("UNPAID");
        assertThat(bill.get("billId")).isEqualTo(open.get("billId"));
        assertThat(bill.get("paymentCode").asString()).isEqualTo(DemoSeed.MAJU_BERSAMA);
        assertThat(bill.get("dueDate").asString()).isEqualTo("2026-12-15");
        assertThat(bill.get("lateFees")).isEmpty();
        assertThat(bill.get("totalAmount")).isEqualTo(open.get("totalAmount"));
        assertThat(bill.get("totalAmount").asString()).isEqualTo("2007789.00");
    }

    @Test
    void eachUnpaidMonthAddsItsTotalLateFeesIncludedToTheOpenBill() {
        JsonNode open = core.openBillJson(DemoSeed.SINAR_CAHAYA);
        List<JsonNode> months = List.of(sinar("2026-09"), sinar("2026-10"), sinar("2026-11"));

        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal lateFees = BigDecimal.ZERO;
        for (JsonNode month : months) {
            assertThat(month.get("billId")).isEqualTo(open.get("billId"));
            sum = sum.add(new BigDecimal(month.get("totalAmount").asString()));
            lateFees = lateFees.add(new BigDecimal(month.get("lateFeeTotal").asString()));
        }
        assertThat(sum).isEqualByComparingTo(open.get("totalAmount").asString());
        assertThat(lateFees).isEqualByComparingTo("52257.00"); // the open bill's LATE_FEE line
        assertThat(lateFees(months.get(0))).containsExactly("JKK 2 4058.00", "JKM 2 1368.00", "JHT 2 25992.00",
                "JP 2 3420.00");
        assertThat(lateFees(months.get(1))).containsExactly("JKK 1 2029.00", "JKM 1 684.00", "JHT 1 12996.00",
                "JP 1 1710.00");
        assertThat(lateFees(months.get(2))).isEmpty();
    }

    @Test
    void chargesLateFeesOnlyAfterTheDueDate() {
        simulator.clock().advance(Duration.ofDays(23)); // Tuesday 15 December 2026, the due day of November
        assertThat(json(core.get(Employers.bill(MAJU, HEAD_OFFICE, "2026-11"))).get("lateFees")).isEmpty();

        simulator.clock().advance(Duration.ofDays(1));
        JsonNode november = json(core.get(Employers.bill(MAJU, HEAD_OFFICE, "2026-11")));
        JsonNode december = json(core.get(Employers.bill(MAJU, HEAD_OFFICE, "2026-12")));
        JsonNode open = core.openBillJson(DemoSeed.MAJU_BERSAMA);

        // JKK 55,200 x 2 % = 1,104; JKM 1,380; JHT 26,220; JP 572,589 x 0.5 % = 2,862.945 -> 2,863
        assertThat(lateFees(november)).containsExactly("JKK 1 1104.00", "JKM 1 1380.00", "JHT 1 26220.00",
                "JP 1 2863.00");
        assertThat(november.get("lateFeeTotal").asString()).isEqualTo("31567.00");
        assertThat(new BigDecimal(november.get("totalAmount").asString())
                .add(new BigDecimal(december.get("totalAmount").asString())))
                .isEqualByComparingTo(open.get("totalAmount").asString());
    }

    @Test
    void aWageReportCorrectsTheBillAndTheOpenBillBanksSee() {
        JsonNode before = json(core.get(Employers.bill(MAJU, HEAD_OFFICE, "2026-11")));
        JsonNode openBefore = core.openBillJson(DemoSeed.MAJU_BERSAMA);

        core.put(Employers.wageReport(MAJU, HEAD_OFFICE, "2026-11"), report(1, wage(DemoSeed.BUDI_KPJ, "9000000.00"),
                ""));
        JsonNode afterFirst = json(core.get(Employers.bill(MAJU, HEAD_OFFICE, "2026-11")));
        core.put(Employers.wageReport(MAJU, HEAD_OFFICE, "2026-11"), report(2, wage(DemoSeed.BUDI_KPJ, "8500000.00"),
                ""));
        JsonNode corrected = json(core.get(Employers.bill(MAJU, HEAD_OFFICE, "2026-11")));
        JsonNode openAfter = core.openBillJson(DemoSeed.MAJU_BERSAMA);

        assertThat(before.get("wageReportVersion").isNull()).isTrue();
        assertThat(afterFirst.get("wageReportVersion").asInt()).isEqualTo(1);
        assertThat(corrected.get("wageReportVersion").asInt()).isEqualTo(2);
        // Budi on 8,500,000 instead of 8,000,000: 739,200 -> 785,400 (9.24 % + 3 % of 500,000 = 46,200 more)
        assertThat(before.get("totalAmount").asString()).isEqualTo("2007789.00");
        assertThat(corrected.get("totalAmount").asString()).isEqualTo("2053989.00");
        assertThat(openAfter.get("totalAmount")).isEqualTo(corrected.get("totalAmount"));
        assertThat(corrected.get("billId")).isEqualTo(openAfter.get("billId")).isNotEqualTo(before.get("billId"));
        HttpResponse<String> stalePayment = core.post("pay-stale", paymentBody(openBefore));
        assertThat(stalePayment.statusCode()).isEqualTo(410);
    }

    @Test
    void payingTheOpenBillAtABankMarksItsMonthsPaidAsTheyWerePaid() {
        JsonNode open = core.openBillJson(DemoSeed.SINAR_CAHAYA);
        JsonNode septemberBefore = sinar("2026-09");

        HttpResponse<String> payment = core.post("bank-pays-sinar", paymentBody(open));
        simulator.clock().advance(Duration.ofDays(60)); // January 2027: September would now be 4 months late
        EmployeeBody.man(9, 701).with("startDate", "2026-09-01").registerIn(core, SINAR, HEAD_OFFICE);

        assertThat(payment.statusCode()).isEqualTo(201);
        for (String period : List.of("2026-09", "2026-10", "2026-11")) {
            JsonNode month = sinar(period);
            assertThat(month.get("status").asString()).as(period).isEqualTo("PAID");
            assertThat(month.get("billId")).as(period).isEqualTo(open.get("billId"));
            assertThat(month.get("employees")).as(period).hasSize(2);
        }
        JsonNode september = sinar("2026-09");
        assertThat(september.get("lateFees")).isEqualTo(septemberBefore.get("lateFees"));
        assertThat(september.get("totalAmount")).isEqualTo(septemberBefore.get("totalAmount"));
        JsonNode december = sinar("2026-12");
        assertThat(december.get("status").asString()).isEqualTo("UNPAID");
        assertThat(december.get("employees")).hasSize(3);
    }

    @Test
    void billsAVoluntaryProgramBeyondTheScale() {
        simulator.clock().advance(Duration.ofDays(10)); // December 2026
        String kpj = EmployeeBody.example().programs("JKK", "JKM", "JHT").registerIn(core, BERKAH, HEAD_OFFICE)
                .get("kpj").asString();

        JsonNode december = json(core.get(Employers.bill(BERKAH, HEAD_OFFICE, "2026-12")));

        // 6,500,000 at risk group II: JKK 35,100; JKM 19,500; JHT 240,500 + 130,000; no JP (micro)
        assertThat(employee(december, kpj)).isEqualTo("6500000.00 JP base null: JKK 35100.00/0.00, "
                + "JKM 19500.00/0.00, JHT 240500.00/130000.00");
        assertThat(programs(december)).containsExactly("JKK 56700.00+0.00=56700.00", "JKM 31500.00+0.00=31500.00",
                "JHT 240500.00+130000.00=370500.00", "JKP 0.00+0.00=32400.00 (info)");
    }

    @Test
    void aPaidMonthIgnoresWhatIsRegisteredAfterItsPayment() {
        JsonNode paid = json(core.get(Employers.bill(BERKAH, HEAD_OFFICE, "2026-11")));

        EmployeeBody.example().registerIn(core, BERKAH, HEAD_OFFICE);

        assertThat(core.get(Employers.bill(BERKAH, HEAD_OFFICE, "2026-11")).body()).isEqualTo(paid.toString());
        assertThat(paid.get("status").asString()).isEqualTo("PAID");
        assertThat(paid.get("billId").asString()).isEqualTo(core.openBillJson(DemoSeed.BERKAH_TANI).get("billId")
                .asString());
    }

    @Test
    void refusesAMonthAfterTheCurrentOne() {
        HttpResponse<String> response = core.get(Employers.bill(MAJU, HEAD_OFFICE, "2026-12"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(problemType(response)).endsWith("/invalid-period");
        assertConforms("Problem", response);
    }

    @Test
    void hasNoContributionBeforeTheRegistrationOrWithoutEmployees() {
        Employers.openMajuBranch(simulator.sim(), LocalDate.of(2026, 6, 1));

        for (String path : List.of(Employers.bill(MAJU, HEAD_OFFICE, "2025-02"), Employers.bill(MAJU, "001", "2026-09"))) {
            HttpResponse<String> response = core.get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(problemType(response)).endsWith("/no-contribution");
            assertConforms("Problem", response);
        }
    }

    @Test
    void answersUnknownEmployerAndRefusesMalformedPaths() {
        HttpResponse<String> unknown = core.get(Employers.bill("99999999", HEAD_OFFICE, "2026-11"));
        HttpResponse<String> badPeriod = core.get(Employers.bill(MAJU, HEAD_OFFICE, "2026-1"));
        HttpResponse<String> badNpp = core.get(Employers.bill("1901234X", HEAD_OFFICE, "2026-11"));

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(problemType(unknown)).endsWith("/unknown-employer");
        for (HttpResponse<String> bad : List.of(badPeriod, badNpp)) {
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(problemType(bad)).endsWith("/invalid-request");
        }
    }

    private JsonNode sinar(String period) {
        HttpResponse<String> response = core.get(Employers.bill(SINAR, HEAD_OFFICE, period));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertConforms("ContributionBill", response);
        return json(response);
    }

    /** "wage JP base x: JKK employer/worker, ..." of one employee on the bill. */
    static String employee(JsonNode bill, String kpj) {
        for (JsonNode employee : bill.get("employees")) {
            if (employee.get("kpj").asString().equals(kpj)) {
                JsonNode jpBase = employee.get("jpWageBase");
                return employee.get("wage").asString() + " JP base " + (jpBase.isNull() ? "null" : jpBase.asString())
                        + ": "
                        + String.join(", ", shares(employee.get("programs")));
            }
        }
        throw new AssertionError(kpj + " is not on the bill");
    }

    static List<String> shares(JsonNode programs) {
        List<String> shares = new ArrayList<>();
        programs.forEach(p -> shares.add(p.get("program").asString() + " " + p.get("employer").asString() + "/"
                + p.get("worker").asString()));
        return shares;
    }

    static List<String> programs(JsonNode bill) {
        List<String> lines = new ArrayList<>();
        bill.get("programs").forEach(p -> lines.add(p.get("program").asString() + " " + p.get("employer").asString()
                + "+" + p.get("worker").asString() + "=" + p.get("total").asString()
                + (p.get("informational").asBoolean() ? " (info)" : "")));
        return lines;
    }

    private static List<String> lateFees(JsonNode bill) {
        List<String> fees = new ArrayList<>();
        bill.get("lateFees").forEach(f -> fees.add(f.get("program").asString() + " " + f.get("monthsLate").asInt()
                + " " + f.get("amount").asString()));
        return fees;
    }

    static String totals(JsonNode bill) {
        return bill.get("employerTotal").asString() + " + " + bill.get("workerTotal").asString() + " + "
                + bill.get("lateFeeTotal").asString() + " = " + bill.get("totalAmount").asString();
    }
}
