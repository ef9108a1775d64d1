package id.jamsostek.core.simulator;

import static id.jamsostek.core.simulator.demo.DemoSeed.AGUS_KPJ;
import static id.jamsostek.core.simulator.demo.DemoSeed.AGUS_NIK;
import static id.jamsostek.core.simulator.demo.DemoSeed.BERKAH_TANI;
import static id.jamsostek.core.simulator.demo.DemoSeed.DESA_SAGA;
import static id.jamsostek.core.simulator.demo.DemoSeed.MAJU_BERSAMA;
import static id.jamsostek.core.simulator.demo.DemoSeed.NINO_NIK;
import static id.jamsostek.core.simulator.demo.DemoSeed.SINAR_CAHAYA;
import static id.jamsostek.core.simulator.demo.DemoSeed.SITI_KPJ;
import static id.jamsostek.core.simulator.demo.DemoSeed.SITI_NIK;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** The open bill of each demo account, "today" pinned to Sunday 22 November 2026 in Jakarta. */
class OpenBillHttpTest {

    private final MutableClock clock = MutableClock.atJakarta("2026-11-22T10:00:00");
    private final CoreSimulator sim = CoreSimulator.start(CoreSimulatorSettings.defaults().withClock(clock));
    private final CoreClient core = new CoreClient(sim.baseUrl());

    @AfterEach
    void stop() {
        sim.stop();
    }

    @Test
    void billsTheCurrentMonthOfAnEmployerWithJpOnTheCap() {
        JsonNode bill = core.openBillJson(MAJU_BERSAMA);

        assertThat(bill.get("status").asString()).isEqualTo("UNPAID");
        assertThat(bill.get("accountType").asString()).isEqualTo("EMPLOYER");
        assertThat(bill.get("holderName").asString()).isEqualTo("PT MAJU BERSAMA SEJAHTERA");
        assertThat(bill.get("currency").asString()).isEqualTo("IDR");
        assertThat(periods(bill)).containsExactly("2026-11");
        assertThat(bill.get("dueDate").asString()).isEqualTo("2026-12-15");
        assertThat(bill.has("expiresAt")).isFalse();
        // 739,200 (8,000,000) + 1,268,589 (15,000,000 with JP on the March 2026 cap 11,086,300)
        assertThat(bill.get("totalAmount").asString()).isEqualTo("2007789.00");
        assertThat(lines(bill)).containsExactly("JKK=55200.00", "JKM=69000.00", "JHT=1311000.00", "JP=572589.00",
                "JKP=0.00(info)");
    }

    @Test
    void putsArrearsAndTheCurrentMonthOnOneBillWithALateFeeLine() {
        JsonNode bill = core.openBillJson(SINAR_CAHAYA);

        assertThat(periods(bill)).containsExactly("2026-09", "2026-10", "2026-11");
        // per month JKK 101,460 JKM 34,200 JHT 649,800 JP 342,000; September 2 months late, October 1 month
        assertThat(lines(bill)).containsExactly("JKK=304380.00", "JKM=102600.00", "JHT=1949400.00", "JP=1026000.00",
                "JKP=0.00(info)", "LATE_FEE=52257.00");
        assertThat(bill.get("totalAmount").asString()).isEqualTo("3434637.00");
    }

    @Test
    void addsTheNewMonthAndItsArrearsWhenTimePasses() {
        clock.advance(Duration.ofDays(25)); // 17 December 2026: November is now late by one month

        JsonNode bill = core.openBillJson(MAJU_BERSAMA);

        assertThat(periods(bill)).containsExactly("2026-11", "2026-12");
        // November late 1 month: JKK 55,200 x 2 % = 1,104; JKM 1,380; JHT 26,220; JP 572,589 x 0.5 % = 2,862.945 -> 2,863
        assertThat(lines(bill)).last().isEqualTo("LATE_FEE=31567.00");
        assertThat(bill.get("totalAmount").asString()).isEqualTo("4047145.00");
        assertThat(bill.get("dueDate").asString()).isEqualTo("2027-01-15");
    }

    @Test
    void findsANonWageEarnerByNikAndByKpj() {
        JsonNode byNik = core.openBillJson(SITI_NIK);
        JsonNode byKpj = core.openBillJson(SITI_KPJ);

        for (JsonNode bill : List.of(byNik, byKpj)) {
            assertThat(bill.get("accountType").asString()).isEqualTo("PARTICIPANT");
            assertThat(bill.get("totalAmount").asString()).isEqualTo("8400.00");
            assertThat(lines(bill)).as("PP 50/2025: November 2026, not transport, self-paid")
                    .containsExactly("JKK=5000.00", "JKM=3400.00", "JKP=0.00(info)");
            assertThat(periods(bill)).containsExactly("2026-11");
            assertThat(bill.get("dueDate").asString()).isEqualTo("2026-11-16");
        }
        assertThat(byKpj.get("customerNo").asString()).isEqualTo(SITI_KPJ);
    }

    @Test
    void billsJhtWhenTheNonWageEarnerChoseIt() {
        JsonNode bill = core.openBillJson(NINO_NIK);

        assertThat(lines(bill)).as("JKK and JKM halved, JHT in full")
                .containsExactly("JKK=15000.00", "JKM=3400.00", "JHT=60000.00", "JKP=0.00(info)");
        assertThat(bill.get("totalAmount").asString()).isEqualTo("78400.00");
    }

    @Test
    void showsThePaidBillWhenNothingIsDue() {
        JsonNode bill = core.openBillJson(BERKAH_TANI);

        assertThat(bill.get("status").asString()).isEqualTo("PAID");
        assertThat(bill.get("totalAmount").asString()).isEqualTo("33600.00");
        assertThat(lines(bill)).containsExactly("JKK=21600.00", "JKM=12000.00", "JKP=0.00(info)");
    }

    @Test
    void showsAPaymentOrderPastItsExpiryAsExpired() {
        for (String customerNo : List.of(AGUS_NIK, AGUS_KPJ)) {
            JsonNode bill = core.openBillJson(customerNo);

            assertThat(bill.get("status").asString()).isEqualTo("EXPIRED");
            assertThat(bill.get("expiresAt").asString()).isEqualTo("2026-11-19T10:00:00+07:00");
            assertThat(periods(bill)).containsExactly("2026-12", "2027-01", "2027-02");
            assertThat(bill.get("totalAmount").asString()).as("13,400 for December 2026, 26,800 after the discount")
                    .isEqualTo("67000.00");
        }
    }

    @Test
    void billsAVillageCollectiveOnItsTwentyDigitCode() {
        JsonNode bill = core.openBillJson(DESA_SAGA);

        assertThat(bill.get("customerNo").asString()).hasSize(20);
        assertThat(bill.get("accountType").asString()).isEqualTo("COLLECTIVE");
        assertThat(bill.get("status").asString()).isEqualTo("UNPAID");
        assertThat(bill.get("totalAmount").asString()).isEqualTo("35200.00");
    }

    @ParameterizedTest
    @ValueSource(strings = {MAJU_BERSAMA, SINAR_CAHAYA, BERKAH_TANI, SITI_NIK, NINO_NIK, AGUS_NIK, DESA_SAGA})
    void linesSumToTheTotalWithAnInformationalJkpLine(String customerNo) {
        JsonNode bill = core.openBillJson(customerNo);

        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode line : bill.get("lines")) {
            if (!line.get("informational").asBoolean()) {
                sum = sum.add(new BigDecimal(line.get("amount").asString()));
            }
        }
        assertThat(sum).isEqualByComparingTo(new BigDecimal(bill.get("totalAmount").asString()));
        assertThat(lines(bill)).contains("JKP=0.00(info)");
        assertThat(bill.get("billId").asString()).hasSizeLessThanOrEqualTo(40);
    }

    @Test
    void givesTheSameBillIdWhenAskedTwice() {
        assertThat(core.openBillJson(MAJU_BERSAMA).get("billId"))
                .isEqualTo(core.openBillJson(MAJU_BERSAMA).get("billId"));
    }

    @Test
    void answersUnknownCustomerAsAProblem() {
        HttpResponse<String> response = core.openBill("99999999999");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(CoreClient.json(response).get("type").asString())
                .isEqualTo("https://core.jamsostek.example/problems/unknown-customer");
        assertThat(CoreClient.json(response).get("status").asInt()).isEqualTo(404);
        assertThat(CoreClient.json(response).get("title").asString()).isNotBlank();
    }

    @Test
    void requiresACustomerNumber() {
        HttpResponse<String> response = core.get("/core/v1/bills/open");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(CoreClient.problemType(response)).endsWith("/invalid-request");
    }

    @Test
    void listsTheDemoAccountsWithTheirCurrentTotals() {
        JsonNode demo = CoreClient.json(core.get("/sim/v1/demo"));

        List<String> rows = new ArrayList<>();
        demo.forEach(a -> rows.add(a.get("customerNo").asString() + " " + a.get("status").asString() + " "
                + a.get("totalAmount").asString()));
        assertThat(rows).containsExactly(
                MAJU_BERSAMA + " UNPAID 2007789.00",
                SINAR_CAHAYA + " UNPAID 3434637.00",
                BERKAH_TANI + " PAID 33600.00",
                SITI_NIK + " UNPAID 8400.00",
                NINO_NIK + " UNPAID 78400.00",
                AGUS_NIK + " EXPIRED 67000.00",
                DESA_SAGA + " UNPAID 35200.00");
    }

    private static List<String> periods(JsonNode bill) {
        List<String> periods = new ArrayList<>();
        bill.get("periods").forEach(p -> periods.add(p.asString()));
        return periods;
    }

    private static List<String> lines(JsonNode bill) {
        List<String> lines = new ArrayList<>();
        bill.get("lines").forEach(l -> lines.add(l.get("program").asString() + "=" + l.get("amount").asString()
                + (l.get("informational").asBoolean() ? "(info)" : "")));
        return lines;
    }
}
