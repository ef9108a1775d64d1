package id.jamsostek.core.simulator;

import static id.jamsostek.core.simulator.CoreClient.openBillPaymentBody;
import static id.jamsostek.core.simulator.CoreClient.paymentBody;
import static id.jamsostek.core.simulator.CoreClient.problemType;
import static id.jamsostek.core.simulator.demo.DemoSeed.AGUS_NIK;
import static id.jamsostek.core.simulator.demo.DemoSeed.BERKAH_TANI;
import static id.jamsostek.core.simulator.demo.DemoSeed.NINO_NIK;
import static id.jamsostek.core.simulator.demo.DemoSeed.SINAR_CAHAYA;
import static id.jamsostek.core.simulator.demo.DemoSeed.SITI_KPJ;
import static id.jamsostek.core.simulator.demo.DemoSeed.SITI_NIK;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PaymentHttpTest {

    private final MutableClock clock = MutableClock.atJakarta("2026-11-22T10:00:00");
    private final CoreSimulator sim = CoreSimulator.start(CoreSimulatorSettings.defaults().withClock(clock));
    private final CoreClient core = new CoreClient(sim.baseUrl());

    @AfterEach
    void stop() {
        sim.stop();
    }

    @Test
    void postsThePaymentAndMarksTheBillPaid() {
        JsonNode bill = core.openBillJson(SITI_NIK);

        HttpResponse<String> response = core.post("key-1", paymentBody(bill));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Idempotent-Replayed")).isEmpty();
        JsonNode receipt = CoreClient.json(response);
        assertThat(receipt.get("status").asString()).isEqualTo("POSTED");
        assertThat(receipt.get("billId")).isEqualTo(bill.get("billId"));
        assertThat(receipt.get("customerNo").asString()).isEqualTo(SITI_NIK);
        assertThat(receipt.get("amount").asString()).isEqualTo("8400.00");
        assertThat(receipt.get("currency").asString()).isEqualTo("IDR");
        assertThat(receipt.get("postedAt").asString()).isEqualTo("2026-11-22T10:00:00+07:00");
        assertThat(receipt.get("paymentId").asString()).isNotBlank();
        assertThat(receipt.get("bill").get("billId")).isEqualTo(bill.get("billId"));
        assertThat(receipt.get("bill").get("status").asString()).isEqualTo("PAID");
        JsonNode after = core.openBillJson(SITI_NIK);
        assertThat(after.get("status").asString()).isEqualTo("PAID");
        assertThat(after.get("billId")).isEqualTo(bill.get("billId"));
        assertThat(sim.ledger().postingsForBill(bill.get("billId").asString())).isEqualTo(1);
    }

    @Test
    void postsTheOpenBillOfACustomerNumberWhenNoBillIsNamedAndShowsItOnTheReceipt() {
        JsonNode bill = core.openBillJson(SITI_NIK);

        HttpResponse<String> response = core.post("key-open", openBillPaymentBody(SITI_NIK, "8400.00"));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode receipt = CoreClient.json(response);
        assertThat(receipt.get("billId")).isEqualTo(bill.get("billId"));
        JsonNode paid = receipt.get("bill");
        assertThat(paid.get("billId")).isEqualTo(bill.get("billId"));
        assertThat(paid.get("holderName")).isEqualTo(bill.get("holderName"));
        assertThat(paid.get("lines")).isEqualTo(bill.get("lines"));
        assertThat(paid.get("totalAmount").asString()).isEqualTo("8400.00");
        assertThat(paid.get("status").asString()).isEqualTo("PAID");
        assertThat(core.openBillJson(SITI_NIK).get("status").asString()).isEqualTo("PAID");
        assertThat(core.post("key-open", openBillPaymentBody(SITI_NIK, "8400.00")).body()).isEqualTo(response.body());
        assertThat(sim.ledger().postingsForBill(bill.get("billId").asString())).isEqualTo(1);
    }

    @Test
    void refusesAnOpenBillPaymentOfAnotherAmountOrOfABillPaidAlreadyOrOfNoCustomer() {
        HttpResponse<String> wrongAmount = core.post("key-open-1", openBillPaymentBody(SITI_NIK, "8000.00"));
        core.post("key-open-2", openBillPaymentBody(SITI_NIK, "8400.00"));
        HttpResponse<String> paidAlready = core.post("key-open-3", openBillPaymentBody(SITI_NIK, "8400.00"));
        HttpResponse<String> nobody = core.post("key-open-4", openBillPaymentBody("9999999999999999", "8400.00"));

        assertThat(wrongAmount.statusCode()).isEqualTo(422);
        assertThat(problemType(wrongAmount)).endsWith("/amount-mismatch");
        assertThat(paidAlready.statusCode()).isEqualTo(409);
        assertThat(problemType(paidAlready)).endsWith("/bill-already-paid");
        assertThat(nobody.statusCode()).isEqualTo(404);
        assertThat(problemType(nobody)).endsWith("/unknown-customer");
        assertThat(sim.ledger().postingForKey("key-open-1")).isEmpty();
        assertThat(sim.ledger().postingForKey("key-open-3")).isEmpty();
    }

    @Test
    void replaysTheSameReceiptForARepeatedKey() {
        JsonNode bill = core.openBillJson(NINO_NIK);
        HttpResponse<String> first = core.post("key-replay", paymentBody(bill));

        HttpResponse<String> second = core.post("key-replay", paymentBody(bill));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(sim.ledger().postingsForKey("key-replay")).isEqualTo(1);
        assertThat(sim.ledger().postingsForBill(bill.get("billId").asString())).isEqualTo(1);
    }

    @Test
    void rejectsAKeyReusedWithAnotherBody() {
        JsonNode bill = core.openBillJson(NINO_NIK);
        core.post("key-reused", paymentBody(bill, bill.get("totalAmount").asString(), "REF-1"));

        HttpResponse<String> response = core.post("key-reused",
                paymentBody(bill, bill.get("totalAmount").asString(), "REF-2"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(problemType(response)).endsWith("/idempotency-key-reused");
        assertThat(sim.ledger().postingsForKey("key-reused")).isEqualTo(1);
    }

    @Test
    void treatsTheSameValuesInAnotherJsonLayoutAsTheSameRequest() {
        JsonNode bill = core.openBillJson(NINO_NIK);
        core.post("key-layout", paymentBody(bill));
        String reordered = """
                {"reference":"REF-1","partnerId":"BANK-DEMO","channel":"BANK","paidAt":"2026-11-22T03:15:00Z",
                 "currency":"IDR","amount":"%s","customerNo":"%s","billId":"%s"}"""
                .formatted(bill.get("totalAmount").asString(), NINO_NIK, bill.get("billId").asString());

        assertThat(core.post("key-layout", reordered).statusCode()).isEqualTo(200);
    }

    @Test
    void postsOnceWhenFiftyRequestsWithOneKeyArriveTogether() {
        JsonNode bill = core.openBillJson(SINAR_CAHAYA);
        String body = paymentBody(bill);

        List<HttpResponse<String>> responses = all(IntStream.range(0, 50)
                .mapToObj(i -> core.postAsync("key-concurrent", body)).toList());

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(201, 200);
        assertThat(responses).filteredOn(r -> r.statusCode() == 201).hasSize(1);
        assertThat(responses).extracting(r -> CoreClient.json(r).get("paymentId").asString()).containsOnly(
                sim.ledger().postingForKey("key-concurrent").orElseThrow().paymentId());
        assertThat(sim.ledger().postingsForKey("key-concurrent")).isEqualTo(1);
        assertThat(sim.ledger().postingsForBill(bill.get("billId").asString())).isEqualTo(1);
    }

    @Test
    void letsOnlyOneOfManyKeysPayABill() {
        JsonNode bill = core.openBillJson(SINAR_CAHAYA);
        String body = paymentBody(bill);

        List<HttpResponse<String>> responses = all(IntStream.range(0, 30)
                .mapToObj(i -> core.postAsync("key-race-" + i, body)).toList());

        assertThat(responses).filteredOn(r -> r.statusCode() == 201).hasSize(1);
        assertThat(responses).filteredOn(r -> r.statusCode() != 201)
                .hasSize(29)
                .allSatisfy(r -> {
                    assertThat(r.statusCode()).isEqualTo(409);
                    assertThat(problemType(r)).endsWith("/bill-already-paid");
                });
        assertThat(sim.ledger().postingsForBill(bill.get("billId").asString())).isEqualTo(1);
    }

    @Test
    void refusesABillAlreadyPaidUnderAnotherKey() {
        JsonNode bill = core.openBillJson(SITI_NIK);
        core.post("key-a", paymentBody(bill));

        HttpResponse<String> response = core.post("key-b", paymentBody(bill));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(problemType(response)).endsWith("/bill-already-paid");
        assertThat(sim.ledger().postingForKey("key-b")).isEmpty();
    }

    @Test
    void refusesTheSameMonthsBilledUnderTheOtherCustomerNumberOnceOneIsPaid() {
        JsonNode byNik = core.openBillJson(SITI_NIK);
        JsonNode byKpj = core.openBillJson(SITI_KPJ);
        assertThat(core.post("key-nik", paymentBody(byNik)).statusCode()).isEqualTo(201);

        HttpResponse<String> response = core.post("key-kpj", paymentBody(byKpj));

        assertThat(response.statusCode()).isEqualTo(409);
    }

    @Test
    void rejectsAnAmountThatDiffersFromTheBillTotal() {
        JsonNode bill = core.openBillJson(SITI_NIK);

        HttpResponse<String> response = core.post("key-amount", paymentBody(bill, "16000.00", "REF-1"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(problemType(response)).endsWith("/amount-mismatch");
        assertThat(sim.ledger().totalPostings()).isEqualTo(1); // the seed's
        assertThat(core.openBillJson(SITI_NIK).get("status").asString()).isEqualTo("UNPAID");
        assertThat(core.post("key-amount", paymentBody(bill)).statusCode())
                .as("a refused request burns no key").isEqualTo(201);
    }

    @Test
    void refusesAnExpiredPaymentOrder() {
        JsonNode order = core.openBillJson(AGUS_NIK);

        HttpResponse<String> response = core.post("key-expired", paymentBody(order));

        assertThat(response.statusCode()).isEqualTo(410);
        assertThat(problemType(response)).endsWith("/bill-expired");
        assertThat(sim.ledger().postingForKey("key-expired")).isEmpty();
    }

    @Test
    void paysAFreshPaymentOrderAndMovesThePaidMonths() {
        var now = java.time.OffsetDateTime.now(clock).withOffsetSameInstant(java.time.ZoneOffset.ofHours(7));
        sim.paymentOrders().prepare(AGUS_NIK, 2, now, now.plusDays(1));
        JsonNode order = core.openBillJson(AGUS_NIK);
        assertThat(order.get("status").asString()).isEqualTo("UNPAID");

        assertThat(core.post("key-order", paymentBody(order)).statusCode()).isEqualTo(201);

        JsonNode after = core.openBillJson(AGUS_NIK);
        assertThat(after.get("status").asString()).isEqualTo("PAID");
        assertThat(after.get("periods").get(1).asString()).isEqualTo("2027-01");
    }

    @Test
    void refusesABillWhoseAmountChangedSinceItWasIssued() {
        clock.advance(Duration.ofDays(-6)); // Monday 16 November: October is not late yet
        JsonNode before = core.openBillJson(SINAR_CAHAYA);
        clock.advance(Duration.ofDays(1)); // 17 November: October is late, the amount grew

        HttpResponse<String> response = core.post("key-stale", paymentBody(before));

        assertThat(response.statusCode()).isEqualTo(410);
        JsonNode now = core.openBillJson(SINAR_CAHAYA);
        assertThat(now.get("billId")).isNotEqualTo(before.get("billId"));
        assertThat(core.post("key-fresh", paymentBody(now)).statusCode()).isEqualTo(201);
    }

    @Test
    void refusesAnUnknownBill() {
        JsonNode bill = core.openBillJson(SITI_NIK);
        String body = paymentBody(bill).replace(bill.get("billId").asString(), "BL-NO-SUCH-BILL");

        HttpResponse<String> response = core.post("key-unknown", body);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(problemType(response)).endsWith("/unknown-bill");
    }

    @Test
    void refusesABillPaidWithAnotherAccountsCustomerNumber() {
        JsonNode bill = core.openBillJson(SITI_NIK);
        String body = paymentBody(bill).replace(SITI_NIK, NINO_NIK);

        assertThat(core.post("key-other-account", body).statusCode()).isEqualTo(404);
    }

    @Test
    void requiresAnIdempotencyKeyOfAtMostSixtyFourCharacters() {
        JsonNode bill = core.openBillJson(SITI_NIK);

        HttpResponse<String> missing = core.post(null, paymentBody(bill));
        HttpResponse<String> tooLong = core.post("k".repeat(65), paymentBody(bill));

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(problemType(missing)).endsWith("/invalid-request");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(core.post("k".repeat(64), paymentBody(bill)).statusCode()).isEqualTo(201);
    }

    @Test
    void rejectsMalformedBodiesWithoutPosting() {
        JsonNode bill = core.openBillJson(SITI_NIK);
        String good = paymentBody(bill);
        List<String> bad = List.of(
                "not json",
                "[]",
                good.replace("\"8400.00\"", "\"8400\""),
                good.replace("\"8400.00\"", "8400.00"),
                good.replace("\"IDR\"", "\"USD\""),
                good.replace("\"BANK\"", "\"CASH\""),
                good.replace("2026-11-22T10:15:00+07:00", "22/11/2026"),
                good.replace(",\"reference\":\"REF-1\"", ""));

        for (String body : bad) {
            HttpResponse<String> response = core.post("key-bad", body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(problemType(response)).as(body).endsWith("/invalid-request");
        }
        assertThat(sim.ledger().postingForKey("key-bad")).isEmpty();
    }

    @Test
    void answersWhetherAKeyWasPosted() {
        JsonNode bill = core.openBillJson(SITI_NIK);
        HttpResponse<String> posted = core.post("key-query", paymentBody(bill));

        HttpResponse<String> found = core.get("/core/v1/payments/key-query");
        HttpResponse<String> notFound = core.get("/core/v1/payments/key-never-used");

        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).isEqualTo(posted.body());
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(problemType(notFound)).endsWith("/payment-not-found");
    }

    @Test
    void seedsThePaidAccountThroughTheLedger() {
        assertThat(sim.ledger().postingsForKey("seed-" + BERKAH_TANI)).isEqualTo(1);
    }

    private static List<HttpResponse<String>> all(List<CompletableFuture<HttpResponse<String>>> futures) {
        return futures.stream().map(CompletableFuture::join).toList();
    }
}
