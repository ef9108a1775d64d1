package id.jamsostek.core.simulator;

import static id.jamsostek.core.simulator.ContractConformance.assertConforms;
import static id.jamsostek.core.simulator.CoreClient.json;
import static id.jamsostek.core.simulator.CoreClient.paymentBody;
import static id.jamsostek.core.simulator.CoreClient.problemType;
import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.core.simulator.demo.DemoSeed;
import id.jamsostek.core.simulator.tariff.ContributionDiscounts;
import id.jamsostek.core.simulator.tariff.NonWageEarnerContributions;
import id.jamsostek.core.simulator.tariff.NonWageEarnerRates;
import id.jamsostek.core.simulator.tariff.Tariffs;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EnrollmentHttpTest {

    private static final String NIK = "3603011505900101";
    private static final String BIRTH_DATE = "1990-05-15";

    private final MutableClock clock = MutableClock.atJakarta("2026-11-22T10:00:00");
    private CoreSimulator sim = CoreSimulator.start(CoreSimulatorSettings.defaults().withClock(clock));
    private CoreClient core = new CoreClient(sim.baseUrl());

    @AfterEach
    void stop() {
        sim.stop();
    }

    @Test
    void enrollsAndAnswersTheMembershipWithItsFirstBill() {
        HttpResponse<String> response = core.post(Enrollment.PATH, "key-1",
                Enrollment.of(NIK, BIRTH_DATE).with("incomeBand", "2500000.00").json());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertConforms("EnrollmentResult", response);
        JsonNode result = json(response);
        String kpj = result.get("kpj").asString();
        assertThat(kpj).matches("[0-9]{11}");
        assertThat(result.get("nik").asString()).isEqualTo(NIK);
        assertThat(result.get("villageCode").asString()).isEqualTo("3603012001");
        assertThat(result.get("role").asString()).isEqualTo("VILLAGE_OFFICIAL");
        assertThat(result.get("payer").get("type").asString()).isEqualTo("VILLAGE_BUDGET");
        assertThat(result.get("programs").toString()).isEqualTo("[\"JKK\",\"JKM\"]");
        assertThat(result.get("firstMonth").asString()).isEqualTo("2026-11");
        JsonNode bill = result.get("firstBill");
        assertThat(bill.get("customerNo").asString()).isEqualTo(kpj);
        assertThat(bill.get("accountType").asString()).isEqualTo("PARTICIPANT");
        assertThat(bill.get("holderName").asString()).isEqualTo("AHMAD SURYADI");
        assertThat(bill.get("status").asString()).isEqualTo("UNPAID");
        assertThat(bill.get("periods").toString()).isEqualTo("[\"2026-11\"]");
        // 15 November 2026 is a Sunday: the BPU due-day rule moves it to the next working day
        assertThat(bill.get("dueDate").asString()).isEqualTo("2026-11-16");
        assertThat(bill.get("totalAmount").asString()).isEqualTo("15900.00");
        assertThat(bill.get("lines").toString()).isEqualTo("[{\"program\":\"JKK\",\"amount\":\"12500.00\","
                + "\"informational\":false},{\"program\":\"JKM\",\"amount\":\"3400.00\",\"informational\":false},"
                + "{\"program\":\"JKP\",\"amount\":\"0.00\",\"informational\":true}]");
    }

    @Test
    void firstBillIsTheOpenBillOfTheKpjAndPayable() {
        JsonNode firstBill = Enrollment.of(NIK, BIRTH_DATE).enrollIn(core).get("firstBill");
        String kpj = firstBill.get("customerNo").asString();

        JsonNode open = core.openBillJson(kpj);
        HttpResponse<String> payment = core.post("pay-first", paymentBody(open));

        assertThat(open.get("billId")).isEqualTo(firstBill.get("billId"));
        assertThat(payment.statusCode()).isEqualTo(201);
        assertThat(core.openBillJson(kpj).get("status").asString()).isEqualTo("PAID");
    }

    @Test
    void firstBillOfALaterMonthIsShownUntilPaid() {
        JsonNode firstBill = Enrollment.of(NIK, BIRTH_DATE).with("firstMonth", "2026-12").with("incomeBand",
                "1000000.00").programs("JKK", "JKM", "JHT").enrollIn(core).get("firstBill");
        String kpj = firstBill.get("customerNo").asString();

        JsonNode open = core.openBillJson(kpj);

        assertThat(firstBill.get("periods").toString()).isEqualTo("[\"2026-12\"]");
        assertThat(firstBill.get("dueDate").asString()).isEqualTo("2026-12-15");
        assertThat(firstBill.get("totalAmount").asString()).isEqualTo("28400.00");
        assertThat(open.get("billId")).isEqualTo(firstBill.get("billId"));
        assertThat(core.post("pay-ahead", paymentBody(open)).statusCode()).isEqualTo(201);
    }

    @Test
    void replaysTheSameResultForARepeatedKey() {
        String body = Enrollment.of(NIK, BIRTH_DATE).json();
        HttpResponse<String> first = core.post(Enrollment.PATH, "key-replay", body);

        HttpResponse<String> second = core.post(Enrollment.PATH, "key-replay", body);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(second.body()).isEqualTo(first.body());
        assertConforms("EnrollmentResult", second);
    }

    @Test
    void rejectsAKeyReusedWithAnotherBody() {
        core.post(Enrollment.PATH, "key-reused", Enrollment.of(NIK, BIRTH_DATE).json());

        HttpResponse<String> response = core.post(Enrollment.PATH, "key-reused",
                Enrollment.of(NIK, BIRTH_DATE).with("incomeBand", "3000000.00").json());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(problemType(response)).endsWith("/idempotency-key-reused");
        assertConforms("Problem", response);
    }

    @Test
    void refusesASecondMembershipOfTheNikNamingTheFirst() {
        JsonNode first = Enrollment.of(NIK, BIRTH_DATE).enrollIn(core);

        HttpResponse<String> response = core.post(Enrollment.PATH, "another-key",
                Enrollment.of(NIK, BIRTH_DATE).village("3603012002").json());

        assertThat(response.statusCode()).isEqualTo(409);
        assertConforms("Problem", response);
        JsonNode problem = json(response);
        assertThat(problem.get("type").asString()).endsWith("/already-participant");
        assertThat(problem.get("kpj")).isEqualTo(first.get("kpj"));
        assertThat(problem.get("villageCode").asString()).isEqualTo("3603012001");
    }

    @Test
    void aDemoParticipantIsAlreadyAParticipant() {
        HttpResponse<String> response = core.post(Enrollment.PATH, "nino",
                Enrollment.of(DemoSeed.NINO_NIK, "1991-07-14").json());

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(json(response).get("kpj").asString()).isEqualTo(DemoSeed.NINO_KPJ);
        assertThat(json(response).get("villageCode").asString()).isEqualTo(DemoSeed.SAGA_VILLAGE_CODE);
    }

    @Test
    void rejectsANikWithAnImplausibleRegion() {
        assertSingleRuleBroken(Enrollment.of("0003011505900101", BIRTH_DATE), "/nik");
    }

    @Test
    void rejectsANikThatDoesNotAgreeWithTheBirthDate() {
        assertSingleRuleBroken(Enrollment.of(NIK, "1990-05-16"), "/nik");
    }

    @Test
    void rejectsANikThatDoesNotAgreeWithTheSex() {
        assertSingleRuleBroken(Enrollment.of(NIK, BIRTH_DATE).with("sex", "F"), "/nik");
    }

    @Test
    void acceptsAWomansNikWithTheDayPlusForty() {
        HttpResponse<String> response = core.post(Enrollment.PATH, "woman",
                Enrollment.of("3603015505900102", BIRTH_DATE).with("sex", "F").json());

        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void rejectsAnIncomeNotInTheBandTable() {
        assertSingleRuleBroken(Enrollment.of(NIK, BIRTH_DATE).with("incomeBand", "1050000.00"), "/incomeBand");
        assertSingleRuleBroken(Enrollment.of(NIK, BIRTH_DATE).with("incomeBand", "900000.00"), "/incomeBand");
    }

    @Test
    void rejectsAFirstMonthBeforeTheCurrentMonth() {
        assertSingleRuleBroken(Enrollment.of(NIK, BIRTH_DATE).with("firstMonth", "2026-10"), "/firstMonth");
    }

    @Test
    void rejectsProgramsTheRatesInForceDoNotAllow() {
        sim.stop();
        Tariffs shipped = Tariffs.fromClasspath();
        Tariffs jhtMandatory = new Tariffs(shipped.wageEarners(),
                new NonWageEarnerContributions(NonWageEarnerRates.load("test-tariffs/bpu-rates-jht-mandatory.csv"),
                        shipped.incomeBands(), ContributionDiscounts.NONE, Set.of()),
                shipped.incomeBands(), shipped.lateFees(), shipped.dueDates());
        sim = CoreSimulator.start(CoreSimulatorSettings.defaults().withClock(clock), jhtMandatory);
        core = new CoreClient(sim.baseUrl());

        JsonNode problem = assertSingleRuleBroken(Enrollment.of(NIK, BIRTH_DATE).programs("JKK", "JKM"), "/programs");

        assertThat(problem.get("errors").get(0).get("detail").asString()).isEqualTo("JHT is mandatory");
    }

    @Test
    void listsEveryBrokenRuleInTheContractsOrder() {
        HttpResponse<String> response = core.post(Enrollment.PATH, "all-wrong", Enrollment.of(NIK, "1991-05-15")
                .with("firstMonth", "2025-01").with("incomeBand", "1.00").json());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).get("errors").findValuesAsString("pointer"))
                .containsExactly("/nik", "/incomeBand", "/firstMonth");
    }

    @Test
    void checksTheRulesBeforeTheExistingMembership() {
        HttpResponse<String> response = core.post(Enrollment.PATH, "nino-late",
                Enrollment.of(DemoSeed.NINO_NIK, "1991-07-14").with("firstMonth", "2026-10").json());

        assertThat(response.statusCode()).isEqualTo(422);
    }

    @Test
    void aRefusalRecordsNothingUnderTheKey() {
        core.post(Enrollment.PATH, "retry", Enrollment.of(NIK, BIRTH_DATE).with("firstMonth", "2026-10").json());

        HttpResponse<String> fixed = core.post(Enrollment.PATH, "retry", Enrollment.of(NIK, BIRTH_DATE).json());

        assertThat(fixed.statusCode()).isEqualTo(201);
    }

    @Test
    void refusesBodiesNotToContractAsInvalidRequest() {
        assertInvalidRequest(core.post(Enrollment.PATH, "bad-1", "{\"nik\":"));
        assertInvalidRequest(core.post(Enrollment.PATH, "bad-2",
                Enrollment.of(NIK, BIRTH_DATE).programs("JKK", "JKM", "JP").json()));
        assertInvalidRequest(core.post(Enrollment.PATH, "bad-3",
                Enrollment.of(NIK, BIRTH_DATE).with("incomeBand", "2500000").json()));
        assertInvalidRequest(core.post(Enrollment.PATH, null, Enrollment.of(NIK, BIRTH_DATE).json()));
        assertThat(sim.memberships().byNik(NIK)).isEmpty();
    }

    @Test
    void enrollsANikOnceWhateverTheNumberOfConcurrentKeys() {
        String body = Enrollment.of(NIK, BIRTH_DATE).json();
        List<CompletableFuture<HttpResponse<String>>> requests = IntStream.range(0, 20)
                .mapToObj(i -> core.postAsync(Enrollment.PATH, "concurrent-" + i, body))
                .toList();

        List<HttpResponse<String>> responses = requests.stream().map(CompletableFuture::join).toList();

        Map<Integer, Long> byStatus = responses.stream()
                .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
        assertThat(byStatus).containsExactlyInAnyOrderEntriesOf(Map.of(201, 1L, 409, 19L));
        String kpj = responses.stream().filter(r -> r.statusCode() == 201).map(r -> json(r).get("kpj").asString())
                .findFirst().orElseThrow();
        assertThat(responses.stream().filter(r -> r.statusCode() == 409).map(r -> json(r).get("kpj").asString()))
                .containsOnly(kpj);
        assertThat(sim.registry().nonWageEarner(kpj)).isPresent();
    }

    private JsonNode assertSingleRuleBroken(Enrollment enrollment, String pointer) {
        HttpResponse<String> response = core.post(Enrollment.PATH, "rule-" + pointer, enrollment.json());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertConforms("Problem", response);
        JsonNode problem = json(response);
        assertThat(problem.get("type").asString()).endsWith("/invalid-enrollment");
        assertThat(problem.get("errors").findValuesAsString("pointer")).containsExactly(pointer);
        assertThat(sim.memberships().byNik(enrollment.nik())).isEmpty();
        return problem;
    }

    private static void assertInvalidRequest(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(problemType(response)).endsWith("/invalid-request");
        assertConforms("Problem", response);
    }
}
