package id.jamsostek.core.simulator;

import static id.jamsostek.core.simulator.ContractConformance.assertConforms;
import static id.jamsostek.core.simulator.CoreClient.json;
import static id.jamsostek.core.simulator.CoreClient.paymentBody;
import static id.jamsostek.core.simulator.CoreClient.problemType;
import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.core.simulator.demo.DemoSeed;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ParticipantQueriesHttpTest {

    private static final String SEARCH = "/core/v1/participants/search";

    private final MutableClock clock = MutableClock.atJakarta("2026-11-22T10:00:00");
    private final CoreSimulator sim = CoreSimulator.start(CoreSimulatorSettings.defaults().withClock(clock));
    private final CoreClient core = new CoreClient(sim.baseUrl());

    @AfterEach
    void stop() {
        sim.stop();
    }

    @Test
    void findsANewParticipantInactiveUntilItsFirstBillIsPaid() {
        Enrollment enrollment = Enrollment.man(3, 1);
        JsonNode enrolled = enrollment.enrollIn(core);

        HttpResponse<String> before = search(enrollment.nik());
        core.post("pay", paymentBody(enrolled.get("firstBill")));
        HttpResponse<String> after = search(enrollment.nik());

        assertThat(before.statusCode()).isEqualTo(200);
        assertConforms("ParticipantRecord", before);
        JsonNode record = json(before);
        assertThat(record.get("kpj")).isEqualTo(enrolled.get("kpj"));
        assertThat(record.get("nik").asString()).isEqualTo(enrollment.nik());
        assertThat(record.get("fullName").asString()).isEqualTo("AHMAD SURYADI");
        assertThat(record.get("villageCode").asString()).isEqualTo("3603012001");
        assertThat(record.get("role").asString()).isEqualTo("VILLAGE_OFFICIAL");
        assertThat(record.get("payer").get("type").asString()).isEqualTo("VILLAGE_BUDGET");
        assertThat(record.get("programs").toString()).isEqualTo("[\"JKK\",\"JKM\"]");
        assertThat(record.get("enrolledAt").asString()).isEqualTo("2026-11-22");
        assertThat(record.get("paidUpTo").isNull()).isTrue();
        assertThat(record.get("activeThisMonth").asBoolean()).isFalse();
        assertConforms("ParticipantRecord", after);
        assertThat(json(after).get("paidUpTo").asString()).isEqualTo("2026-11");
        assertThat(json(after).get("activeThisMonth").asBoolean()).isTrue();
    }

    @Test
    void aParticipantPaidAheadIsActiveAndLapsesWhenTheMonthsRunOut() {
        Enrollment enrollment = Enrollment.man(4, 1).with("firstMonth", "2026-12");
        JsonNode enrolled = enrollment.enrollIn(core);
        core.post("pay-ahead", paymentBody(enrolled.get("firstBill")));

        JsonNode paid = json(search(enrollment.nik()));
        clock.advance(java.time.Duration.ofDays(40));
        JsonNode nextYear = json(search(enrollment.nik()));

        assertThat(paid.get("paidUpTo").asString()).isEqualTo("2026-12");
        assertThat(paid.get("activeThisMonth").asBoolean()).isTrue();
        assertThat(nextYear.get("paidUpTo").asString()).isEqualTo("2026-12");
        assertThat(nextYear.get("activeThisMonth").asBoolean()).isFalse();
    }

    @Test
    void findsTheDemoParticipants() {
        JsonNode siti = json(search(DemoSeed.SITI_NIK));
        JsonNode agus = json(search(DemoSeed.AGUS_NIK));

        assertThat(siti.get("kpj").asString()).isEqualTo(DemoSeed.SITI_KPJ);
        assertThat(siti.get("villageCode").asString()).isEqualTo(DemoSeed.SAGA_VILLAGE_CODE);
        assertThat(siti.get("role").asString()).isEqualTo("VULNERABLE_WORKER");
        assertThat(siti.get("paidUpTo").asString()).isEqualTo("2026-10");
        assertThat(siti.get("activeThisMonth").asBoolean()).isFalse();
        assertThat(agus.get("paidUpTo").asString()).isEqualTo("2026-11");
        assertThat(agus.get("activeThisMonth").asBoolean()).isTrue();
    }

    @Test
    void answersUnknownParticipantForANikWithoutMembership() {
        HttpResponse<String> response = search("3603011505900199");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(problemType(response)).endsWith("/unknown-participant");
        assertConforms("Problem", response);
    }

    @Test
    void refusesASearchNotToContract() {
        HttpResponse<String> response = core.post(SEARCH, null, "{\"nik\":\"360301150590019\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(problemType(response)).endsWith("/invalid-request");
    }

    @Test
    void pagesAVillagesParticipantsByKpj() {
        String village = "3603012005";
        JsonNode first = Enrollment.man(5, 1).village(village).enrollIn(core);
        JsonNode second = Enrollment.man(6, 1).village(village).enrollIn(core);
        JsonNode third = Enrollment.man(7, 1).village(village).enrollIn(core);
        Enrollment.man(8, 1).village("3603012006").enrollIn(core);

        HttpResponse<String> page0 = core.get("/core/v1/villages/" + village + "/participants?page=0&size=2");
        HttpResponse<String> page1 = core.get("/core/v1/villages/" + village + "/participants?page=1&size=2");

        assertThat(page0.statusCode()).isEqualTo(200);
        assertConforms("ParticipantRecordPage", page0);
        assertConforms("ParticipantRecordPage", page1);
        assertThat(json(page0).get("items").findValuesAsString("kpj"))
                .containsExactly(first.get("kpj").asString(), second.get("kpj").asString());
        assertThat(json(page1).get("items").findValuesAsString("kpj")).containsExactly(third.get("kpj").asString());
        assertThat(json(page0).get("total").asInt()).isEqualTo(3);
        assertThat(json(page1).get("page").asInt()).isEqualTo(1);
        assertThat(json(page1).get("size").asInt()).isEqualTo(2);
    }

    @Test
    void aVillageWithoutParticipantsIsAnEmptyPage() {
        HttpResponse<String> response = core.get("/core/v1/villages/9999999999/participants");

        assertConforms("ParticipantRecordPage", response);
        assertThat(json(response).get("total").asInt()).isZero();
        assertThat(json(response).get("size").asInt()).isEqualTo(50);
    }

    @Test
    void refusesAPageOutOfRange() {
        assertThat(core.get("/core/v1/villages/3603012001/participants?size=201").statusCode()).isEqualTo(400);
        assertThat(core.get("/core/v1/villages/3603012001/participants?page=-1").statusCode()).isEqualTo(400);
        assertThat(core.get("/core/v1/villages/360301200/participants").statusCode()).isEqualTo(400);
    }

    @Test
    void countsParticipantsPerVillageOfARegion() {
        JsonNode paid = Enrollment.man(9, 1).village("3603022004").enrollIn(core);
        core.post("pay", paymentBody(paid.get("firstBill")));
        Enrollment.man(10, 1).village("3603022004").with("role", "CADRE").payer("SELF").enrollIn(core);
        Enrollment.man(11, 1).village("3603022005").with("role", "RT_RW").payer("REGENCY_BUDGET").enrollIn(core);
        Enrollment.man(12, 1).village("3603032001").enrollIn(core);

        HttpResponse<String> response = core.get("/core/v1/coverage?regionPrefix=360302");

        assertThat(response.statusCode()).isEqualTo(200);
        assertConforms("CoverageCounts", response);
        JsonNode counts = json(response);
        assertThat(counts.get("regionPrefix").asString()).isEqualTo("360302");
        assertThat(counts.get("villages").findValuesAsString("villageCode")).containsExactly("3603022004", "3603022005");
        JsonNode village = counts.get("villages").get(0);
        assertThat(village.get("enrolled").asInt()).isEqualTo(2);
        assertThat(village.get("activeThisMonth").asInt()).isEqualTo(1);
        assertThat(village.get("byRole").toString()).isEqualTo("{\"VILLAGE_OFFICIAL\":1,\"BPD_MEMBER\":0,\"RT_RW\":0,"
                + "\"CADRE\":1,\"NON_ASN_STAFF\":0,\"VULNERABLE_WORKER\":0,\"OTHER\":0}");
        assertThat(village.get("byPayer").toString())
                .isEqualTo("{\"SELF\":1,\"VILLAGE_BUDGET\":1,\"REGENCY_BUDGET\":0,\"DONOR\":0}");
        assertThat(counts.get("villages").get(1).get("byPayer").get("REGENCY_BUDGET").asInt()).isEqualTo(1);
    }

    @Test
    void countsTheDemoVillageAndNothingForAnEmptyRegion() {
        JsonNode saga = json(core.get("/core/v1/coverage?regionPrefix=3603012001")).get("villages").get(0);
        HttpResponse<String> empty = core.get("/core/v1/coverage?regionPrefix=11");

        assertThat(saga.get("enrolled").asInt()).isEqualTo(3);
        assertThat(saga.get("activeThisMonth").asInt()).isEqualTo(1);
        assertConforms("CoverageCounts", empty);
        assertThat(json(empty).get("villages")).isEmpty();
        assertThat(core.get("/core/v1/coverage?regionPrefix=360").statusCode()).isEqualTo(400);
        assertThat(core.get("/core/v1/coverage").statusCode()).isEqualTo(400);
    }

    /**
     * On 22 November 2026: PT Maju Bersama (November unpaid, not yet due) and UD Berkah Tani (paid) have their address
     * in Desa Saga, CV Sinar Cahaya (paid through August) in 3603012002. In September Sinar Cahaya is late.
     */
    @Test
    void countsWageEarnersAtTheirEmployersAddressForTheMonthAsked() {
        HttpResponse<String> november = core.get("/core/v1/coverage?regionPrefix=360301");
        JsonNode september = json(core.get("/core/v1/coverage?regionPrefix=360301&month=2026-09"));

        assertConforms("CoverageCounts", november);
        JsonNode now = json(november);
        assertThat(now.get("month").asString()).isEqualTo("2026-11");
        assertThat(now.get("villages").findValuesAsString("villageCode")).containsExactly("3603012001", "3603012002");
        assertThat(now.at("/villages/0/activeWageEarners").asInt()).isEqualTo(3);
        assertThat(now.at("/villages/0/activeThisMonth").asInt()).isEqualTo(1);
        assertThat(now.at("/villages/1/activeWageEarners").asInt()).isEqualTo(2);
        assertThat(now.at("/villages/1/enrolled").asInt()).as("no non-wage earner there").isZero();
        assertThat(september.get("month").asString()).isEqualTo("2026-09");
        assertThat(september.get("villages").findValuesAsString("villageCode")).containsExactly("3603012001");
        assertThat(september.at("/villages/0/activeWageEarners").asInt()).isEqualTo(3);
        assertThat(september.at("/villages/0/activeThisMonth").asInt()).as("all three paid September").isEqualTo(3);
        assertThat(core.get("/core/v1/coverage?regionPrefix=360301&month=2026-9").statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> search(String nik) {
        return core.post(SEARCH, null, "{\"nik\":\"" + nik + "\"}");
    }
}
