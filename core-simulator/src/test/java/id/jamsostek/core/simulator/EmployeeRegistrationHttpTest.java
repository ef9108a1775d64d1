package id.jamsostek.core.simulator;

import static id.jamsostek.core.simulator.ContractConformance.assertConforms;
import static id.jamsostek.core.simulator.CoreClient.json;
import static id.jamsostek.core.simulator.CoreClient.problemType;
import static id.jamsostek.core.simulator.Employers.HEAD_OFFICE;
import static id.jamsostek.core.simulator.Employers.MAJU;
import static id.jamsostek.core.simulator.Employers.SINAR;
import static id.jamsostek.core.simulator.Employers.employees;
import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.core.simulator.demo.DemoSeed;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** POST /core/v1/employers/{npp}/divisions/{division}/employees, "today" Sunday 22 November 2026 in Jakarta. */
class EmployeeRegistrationHttpTest {

    private static final String MAJU_EMPLOYEES = employees(MAJU, HEAD_OFFICE);

    @RegisterExtension
    final PinnedSimulator simulator = PinnedSimulator.at("2026-11-22T10:00:00");
    private final CoreClient core = simulator.core();

    @Test
    void registersAnIndonesianByNikWithTheProgramsOfTheScale() {
        HttpResponse<String> response = core.post(MAJU_EMPLOYEES, "key-1", EmployeeBody.example().json());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertConforms("EmployeeRecord", response);
        JsonNode record = json(response);
        assertThat(record.get("kpj").asString()).matches("23[0-9]{9}");
        assertThat(record.get("npp").asString()).isEqualTo(MAJU);
        assertThat(record.get("division").asString()).isEqualTo(HEAD_OFFICE);
        assertThat(record.get("nik").asString()).isEqualTo("3603015505900102");
        assertThat(record.has("passportNo")).isFalse();
        assertThat(record.get("fullName").asString()).isEqualTo("Sri Wahyuni");
        assertThat(record.get("nationality").asString()).isEqualTo("ID");
        assertThat(record.get("startDate").asString()).isEqualTo("2026-11-02");
        assertThat(record.get("monthlyWage").asString()).isEqualTo("6500000.00");
        assertThat(record.get("programs").toString()).isEqualTo("[\"JKK\",\"JKM\",\"JHT\",\"JP\"]");
        assertThat(record.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(record.get("endDate").isNull()).isTrue();
    }

    @Test
    void registersAForeignerByPassport() {
        HttpResponse<String> response = core.post(MAJU_EMPLOYEES, "key-jp",
                EmployeeBody.foreigner("JP", "TZ1234567").with("sex", "M").with("birthDate", "1985-02-03").json());

        assertThat(response.statusCode()).isEqualTo(201);
        assertConforms("EmployeeRecord", response);
        assertThat(json(response).get("passportNo").asString()).isEqualTo("TZ1234567");
        assertThat(json(response).has("nik")).isFalse();
        assertThat(json(response).get("nationality").asString()).isEqualTo("JP");
    }

    @Test
    void addsVoluntaryProgramsToThoseOfTheScale() {
        HttpResponse<String> response = core.post(employees(Employers.BERKAH, HEAD_OFFICE), "key-micro",
                EmployeeBody.example().programs("JHT", "JKM", "JKK").json());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(json(response).get("programs").toString()).isEqualTo("[\"JKK\",\"JKM\",\"JHT\"]");
    }

    @Test
    void replaysTheSameAnswerForARepeatedKeyAndBody() {
        String body = EmployeeBody.example().json();
        HttpResponse<String> first = core.post(MAJU_EMPLOYEES, "key-replay", body);

        HttpResponse<String> second = core.post(MAJU_EMPLOYEES, "key-replay", body);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(second.body()).isEqualTo(first.body());
    }

    @Test
    void refusesAKeyReusedWithAnotherBodyOrAnotherUnit() {
        core.post(MAJU_EMPLOYEES, "key-reused", EmployeeBody.example().json());

        HttpResponse<String> otherBody = core.post(MAJU_EMPLOYEES, "key-reused",
                EmployeeBody.example().with("monthlyWage", "7000000.00").json());
        HttpResponse<String> otherUnit = core.post(employees(SINAR, HEAD_OFFICE), "key-reused",
                EmployeeBody.example().json());

        for (HttpResponse<String> response : List.of(otherBody, otherUnit)) {
            assertThat(response.statusCode()).isEqualTo(422);
            assertThat(problemType(response)).endsWith("/idempotency-key-reused");
            assertConforms("Problem", response);
        }
    }

    @Test
    void refusesAPersonEmployedUnderTheNppAlreadyNamingTheirKpj() {
        HttpResponse<String> response = core.post(MAJU_EMPLOYEES, "budi-again", EmployeeBody.example()
                .with("nik", "3603011704850001").with("birthDate", "1985-04-17").with("sex", "M").json());

        assertThat(response.statusCode()).isEqualTo(409);
        assertConforms("Problem", response);
        assertThat(problemType(response)).endsWith("/already-employee");
        assertThat(json(response).get("kpj").asString()).isEqualTo(DemoSeed.BUDI_KPJ);
    }

    @Test
    void refusesAPersonEmployedInAnotherDivisionOfTheSameNpp() {
        Employers.openMajuBranch(simulator.sim(), LocalDate.of(2026, 1, 5));

        HttpResponse<String> response = core.post(employees(MAJU, "001"), "budi-branch", EmployeeBody.example()
                .with("nik", "3603011704850001").with("birthDate", "1985-04-17").with("sex", "M").json());

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(json(response).get("kpj").asString()).isEqualTo(DemoSeed.BUDI_KPJ);
    }

    @Test
    void aPersonKeepsTheirKpjWithAnotherEmployer() {
        JsonNode record = EmployeeBody.example().with("nik", "3603011704850001").with("birthDate", "1985-04-17")
                .with("sex", "M").registerIn(core, SINAR, HEAD_OFFICE);

        assertThat(record.get("kpj").asString()).isEqualTo(DemoSeed.BUDI_KPJ);
    }

    @Test
    void aNonWageEarnerKeepsTheirKpjAsAnEmployee() {
        JsonNode record = EmployeeBody.example().with("nik", DemoSeed.SITI_NIK).with("birthDate", "1988-03-09")
                .with("fullName", "Siti Rahayu").registerIn(core, MAJU, HEAD_OFFICE);

        assertThat(record.get("kpj").asString()).isEqualTo(DemoSeed.SITI_KPJ);
    }

    @Test
    void anEmployeeEnrolledLaterAsANonWageEarnerKeepsTheKpj() {
        JsonNode employee = EmployeeBody.man(15, 901).registerIn(core, MAJU, HEAD_OFFICE);

        JsonNode enrolled = Enrollment.of("3603011501900901", "1990-01-15").enrollIn(core);

        assertThat(enrolled.get("kpj")).isEqualTo(employee.get("kpj"));
    }

    @Test
    void registersAgainAfterALeaverEndedTheEmploymentKeepingTheKpj() {
        String kpj = EmployeeBody.man(3, 902).with("startDate", "2026-10-01").registerIn(core, MAJU, HEAD_OFFICE)
                .get("kpj").asString();
        assertThat(core.put(Employers.wageReport(MAJU, HEAD_OFFICE, "2026-11"), Employers.report(1, "",
                Employers.leaver(kpj, "2026-11-10"))).statusCode()).isEqualTo(201);

        HttpResponse<String> overlapping = core.post(MAJU_EMPLOYEES, "again-early",
                EmployeeBody.man(3, 902).with("startDate", "2026-11-10").json());
        HttpResponse<String> after = core.post(MAJU_EMPLOYEES, "again",
                EmployeeBody.man(3, 902).with("startDate", "2026-11-11").json());

        assertThat(overlapping.statusCode()).isEqualTo(409);
        assertThat(after.statusCode()).isEqualTo(201);
        assertThat(json(after).get("kpj").asString()).isEqualTo(kpj);
    }

    @Test
    void oneKpjAndOneEmploymentForConcurrentRegistrationsOfOnePerson() {
        String body = EmployeeBody.man(20, 903).json();
        List<CompletableFuture<HttpResponse<String>>> calls = IntStream.range(0, 8)
                .mapToObj(i -> core.postAsync(MAJU_EMPLOYEES, "race-" + i, body))
                .toList();

        List<HttpResponse<String>> answers = calls.stream().map(CompletableFuture::join).toList();

        assertThat(answers).filteredOn(r -> r.statusCode() == 201).hasSize(1);
        assertThat(answers).filteredOn(r -> r.statusCode() == 409).hasSize(7);
        assertThat(answers).extracting(r -> json(r).get("kpj").asString()).containsOnly(
                json(answers.stream().filter(r -> r.statusCode() == 201).findFirst().orElseThrow()).get("kpj")
                        .asString());
    }

    @Test
    void refusesANikThatDoesNotAgreeWithTheBirthDate() {
        assertRulesBroken(EmployeeBody.example().with("birthDate", "1990-05-16"), "/nik");
    }

    @Test
    void refusesANikThatDoesNotAgreeWithTheSex() {
        assertRulesBroken(EmployeeBody.example().with("sex", "M"), "/nik");
    }

    @Test
    void refusesANikWithAnImplausibleRegion() {
        assertRulesBroken(EmployeeBody.example().with("nik", "0003015505900102"), "/nik");
    }

    @Test
    void refusesACodeNoCountryHas() {
        assertRulesBroken(EmployeeBody.foreigner("ZZ", "AB123456"), "/nationality");
    }

    @Test
    void refusesSomeoneNotYetFifteenOnTheStartDate() {
        // born 2011-11-03: 15 on 2026-11-03, one day after the start
        assertRulesBroken(EmployeeBody.example().with("nik", "3603014311110102").with("birthDate", "2011-11-03"),
                "/birthDate");
    }

    @Test
    void acceptsSomeoneWhoTurnsFifteenOnTheStartDateEvenWhenBornOnTheTwentyNinthOfFebruary() {
        // born 2008-02-29: turns 15 on 2023-02-28
        HttpResponse<String> response = core.post(MAJU_EMPLOYEES, "leap", EmployeeBody.example()
                .with("nik", "3603016902080102").with("birthDate", "2008-02-29").with("startDate", "2023-02-28")
                .json());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    @Test
    void refusesAStartMoreThanAMonthAhead() {
        assertThat(core.post(MAJU_EMPLOYEES, "in-a-month", EmployeeBody.example().with("startDate", "2026-12-22")
                .json()).statusCode()).isEqualTo(201);
        assertRulesBroken(EmployeeBody.man(5, 904).with("startDate", "2026-12-23"), "/startDate");
    }

    @Test
    void refusesProgramsMissingOneTheScaleRequires() {
        JsonNode problem = assertRulesBroken(EmployeeBody.example().programs("JKK", "JKM", "JHT"), "/programs");

        assertThat(problem.get("errors").get(0).get("detail").asString())
                .isEqualTo("misses JP, required for a LARGE employer");
    }

    @Test
    void listsEveryBrokenRuleInBodyOrder() {
        HttpResponse<String> response = core.post(MAJU_EMPLOYEES, "all-wrong", EmployeeBody.example()
                .with("birthDate", "2015-05-15").with("startDate", "2027-03-01").programs("JKK").json());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).get("errors").findValuesAsString("pointer"))
                .containsExactly("/nik", "/birthDate", "/startDate", "/programs");
    }

    @Test
    void answersRulesBeforeAlreadyEmployee() {
        HttpResponse<String> response = core.post(MAJU_EMPLOYEES, "budi-late", EmployeeBody.example()
                .with("nik", "3603011704850001").with("birthDate", "1985-04-17").with("sex", "M")
                .with("startDate", "2027-06-01").json());

        assertThat(problemType(response)).endsWith("/invalid-employee");
    }

    @Test
    void refusesBodiesTheContractRefusesWithoutChangingAnything() {
        for (String body : List.of(EmployeeBody.example().with("passportNo", "AB123456").json(),
                EmployeeBody.foreigner("JP", "AB123456").with("nik", "3603015505900102").json(),
                EmployeeBody.example().with("monthlyWage", "6500000").json(), "{\"nationality\":")) {
            HttpResponse<String> response = core.post(MAJU_EMPLOYEES, "bad-" + body.hashCode(), body);

            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(problemType(response)).endsWith("/invalid-request");
            assertConforms("Problem", response);
        }
        assertThat(simulator.sim().registry().kpjOf(id.jamsostek.core.simulator.model.PersonIdentity.indonesian(
                "3603015505900102"))).isEmpty();
    }

    @Test
    void requiresAnIdempotencyKey() {
        HttpResponse<String> response = core.post(MAJU_EMPLOYEES, null, EmployeeBody.example().json());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(problemType(response)).endsWith("/invalid-request");
    }

    @Test
    void answersUnknownEmployerForAnUnknownUnit() {
        HttpResponse<String> response = core.post(employees(MAJU, "009"), "unknown", EmployeeBody.example().json());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(problemType(response)).endsWith("/unknown-employer");
        assertConforms("Problem", response);
    }

    private JsonNode assertRulesBroken(EmployeeBody body, String pointer) {
        HttpResponse<String> response = core.post(MAJU_EMPLOYEES, "rules-" + body.json().hashCode(), body.json());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertConforms("Problem", response);
        JsonNode problem = json(response);
        assertThat(problem.get("type").asString()).endsWith("/invalid-employee");
        assertThat(problem.get("errors").findValuesAsString("pointer")).containsExactly(pointer);
        return problem;
    }
}
