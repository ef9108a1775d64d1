package id.jamsostek.core.simulator;

import static id.jamsostek.core.simulator.ContractConformance.assertConforms;
import static id.jamsostek.core.simulator.CoreClient.json;
import static id.jamsostek.core.simulator.CoreClient.paymentBody;
import static id.jamsostek.core.simulator.CoreClient.problemType;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A non-wage earner's months roll from its registration day, and it pays 1 to 12 of them ahead through a payment
 * order that its customer number then shows at a bank. The worked examples of domain.md section 4.
 */
class PaymentOrderHttpTest {

    private static final String PATH = "/core/v1/payment-orders";
    private static final String NIK = "3603011505900101";

    private MutableClock clock;
    private CoreSimulator sim;
    private CoreClient core;

    private void startAt(String jakartaDateTime) {
        clock = MutableClock.atJakarta(jakartaDateTime);
        sim = CoreSimulator.start(CoreSimulatorSettings.defaults().withClock(clock));
        core = new CoreClient(sim.baseUrl());
    }

    @AfterEach
    void stop() {
        sim.stop();
    }

    /** Self-paid, lowest band, no JHT, not transport: Rp16,800 a month, Rp8,400 from April to December 2026. */
    private String enrollSelfPaid(String firstMonth) {
        JsonNode result = Enrollment.of(NIK, "1990-05-15").payer("SELF").programs("JKK", "JKM")
                .with("incomeBand", "1000000.00").with("firstMonth", firstMonth).enrollIn(core);
        return result.get("kpj").asString();
    }

    private void pay(String customerNo, String key) {
        HttpResponse<String> paid = core.post(key, paymentBody(core.openBillJson(customerNo)));
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(201);
    }

    private HttpResponse<String> order(String key, String customerNo, int months) {
        return core.post(PATH, key, "{\"customerNo\":\"%s\",\"months\":%d}".formatted(customerNo, months));
    }

    @Test
    void registeredMidMonthTheMonthRunsFromTheFourteenthToTheThirteenth() {
        startAt("2026-11-14T10:00:00");
        String kpj = enrollSelfPaid("2026-11");

        JsonNode first = core.openBillJson(kpj);
        assertThat(first.get("periods").toString()).isEqualTo("[\"2026-11\"]");
        assertThat(first.get("coverageFrom").asString()).isEqualTo("2026-11-14");
        assertThat(first.get("coverageTo").asString()).isEqualTo("2026-12-13");
        pay(kpj, "pay-nov");

        clock.advance(Duration.ofDays(29)); // 13 December: still November's period, nothing due
        assertThat(core.openBillJson(kpj).get("status").asString()).isEqualTo("PAID");
        clock.advance(Duration.ofDays(1)); // 14 December: December's period starts
        JsonNode december = core.openBillJson(kpj);
        assertThat(december.get("status").asString()).isEqualTo("UNPAID");
        assertThat(december.get("periods").toString()).isEqualTo("[\"2026-12\"]");
        assertThat(december.get("coverageFrom").asString()).isEqualTo("2026-12-14");
        assertThat(december.get("coverageTo").asString()).isEqualTo("2027-01-13");
        assertThat(december.get("totalAmount").asString()).isEqualTo("8400.00");
    }

    @Test
    void registeredOnTheThirtyFirstAnOrderOfThreeMonthsCoversToTheDayBeforeTheLastDayOfMay() {
        startAt("2026-01-31T10:00:00");
        String kpj = enrollSelfPaid("2026-01");
        assertThat(core.openBillJson(kpj).get("coverageTo").asString()).isEqualTo("2026-02-27");
        pay(kpj, "pay-jan");

        HttpResponse<String> response = order("order-3", kpj, 3);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertConforms("Bill", response);
        JsonNode order = json(response);
        assertThat(order.get("periods").toString()).isEqualTo("[\"2026-02\",\"2026-03\",\"2026-04\"]");
        assertThat(order.get("coverageFrom").asString()).isEqualTo("2026-02-28");
        assertThat(order.get("coverageTo").asString()).isEqualTo("2026-05-30");
        // February and March in full (16,800 each), April under PP 50/2025 (8,400)
        assertThat(order.get("totalAmount").asString()).isEqualTo("42000.00");
        assertThat(order.get("expiresAt").asString()).isEqualTo("2026-02-01T10:00:00+07:00");
        assertThat(core.openBillJson(NIK).get("billId")).as("the VA by NIK shows the order")
                .isEqualTo(order.get("billId"));
    }

    @Test
    void paysTwelveMonthsAheadAndNoFurther() {
        startAt("2026-11-14T10:00:00");
        String kpj = enrollSelfPaid("2026-11");
        pay(kpj, "pay-nov");

        JsonNode order = json(order("order-12", kpj, 12));
        assertThat(order.get("periods").size()).isEqualTo(12);
        assertThat(order.get("periods").get(0).asString()).isEqualTo("2026-12");
        assertThat(order.get("periods").get(11).asString()).isEqualTo("2027-11");
        assertThat(order.get("coverageFrom").asString()).isEqualTo("2026-12-14");
        assertThat(order.get("coverageTo").asString()).isEqualTo("2027-12-13");
        // December 2026 discounted (8,400), January to November 2027 in full (11 x 16,800)
        assertThat(order.get("totalAmount").asString()).isEqualTo("193200.00");
        JsonNode shown = core.openBillJson(kpj);
        assertThat(shown.get("billId")).isEqualTo(order.get("billId"));
        pay(kpj, "pay-order");
        assertThat(core.openBillJson(kpj).get("periods").get(11).asString()).isEqualTo("2027-11");

        HttpResponse<String> beyond = order("order-one-more", kpj, 1);
        assertThat(beyond.statusCode()).isEqualTo(422);
        assertThat(problemType(beyond)).endsWith("/not-payable-ahead");
    }

    @Test
    void aLapsedParticipantOrdersFromTheRunningMonthNotTheLapsedOnes() {
        startAt("2026-11-14T10:00:00");
        String kpj = enrollSelfPaid("2026-11");
        clock.advance(Duration.ofDays(67)); // 20 January 2027: November and December lapsed unpaid

        JsonNode order = json(order("order-lapsed", kpj, 2));

        assertThat(order.get("periods").toString()).isEqualTo("[\"2027-01\",\"2027-02\"]");
        assertThat(order.get("coverageFrom").asString()).isEqualTo("2027-01-14");
        assertThat(order.get("coverageTo").asString()).isEqualTo("2027-03-13");
    }

    @Test
    void refusesThirteenMonthsAndAccountsThatAreNotANonWageEarnersOwn() {
        startAt("2026-11-14T10:00:00");
        String kpj = enrollSelfPaid("2026-11");

        HttpResponse<String> thirteen = order("order-13", kpj, 13);
        HttpResponse<String> employer = core.post(PATH, "order-employer",
                "{\"customerNo\":\"10020030050\",\"months\":2}"); // UD Berkah Tani, an employer
        HttpResponse<String> unknown = order("order-unknown", "99999999999", 2);

        assertThat(thirteen.statusCode()).isEqualTo(400);
        assertThat(problemType(thirteen)).endsWith("/invalid-request");
        assertThat(employer.statusCode()).isEqualTo(422);
        assertThat(problemType(employer)).endsWith("/not-payable-ahead");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(problemType(unknown)).endsWith("/unknown-customer");
    }

    @Test
    void replaysTheOrderUnderTheSameKey() {
        startAt("2026-11-14T10:00:00");
        String kpj = enrollSelfPaid("2026-11");

        HttpResponse<String> first = order("order-again", kpj, 2);
        HttpResponse<String> again = order("order-again", kpj, 2);
        HttpResponse<String> other = order("order-again", kpj, 3);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(json(again).get("billId")).isEqualTo(json(first).get("billId"));
        assertThat(other.statusCode()).isEqualTo(422);
    }
}
