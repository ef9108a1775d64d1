package id.jamsostek.core.simulator;

import static id.jamsostek.core.simulator.ContractConformance.assertConforms;
import static id.jamsostek.core.simulator.ContributionBillHttpTest.programs;
import static id.jamsostek.core.simulator.ContributionBillHttpTest.shares;
import static id.jamsostek.core.simulator.CoreClient.json;
import static id.jamsostek.core.simulator.CoreClient.problemType;
import static id.jamsostek.core.simulator.Employers.BERKAH;
import static id.jamsostek.core.simulator.Employers.HEAD_OFFICE;
import static id.jamsostek.core.simulator.Employers.MAJU;
import static id.jamsostek.core.simulator.Employers.PREVIEWS;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** GET .../employers/{npp}/divisions/{division} and POST /core/v1/contribution-previews; "today" 22 November 2026. */
class EmployerProfileAndPreviewHttpTest {

    private static final String WORKED_EXAMPLES = new String(CoreExamplesOnClasspath.read(
            "contracts/core/examples/ContributionPreviewCommand/valid/worked-examples.json"),
            java.nio.charset.StandardCharsets.UTF_8);

    @RegisterExtension
    final PinnedSimulator simulator = PinnedSimulator.at("2026-11-22T10:00:00");
    private final CoreClient core = simulator.core();

    @Test
    void describesAUnitWithTheProgramsItsScaleRequiresToday() {
        HttpResponse<String> maju = core.get(Employers.unit(MAJU, HEAD_OFFICE));
        HttpResponse<String> berkah = core.get(Employers.unit(BERKAH, HEAD_OFFICE));

        assertThat(maju.statusCode()).isEqualTo(200);
        assertConforms("EmployerProfile", maju);
        assertThat(maju.body()).isEqualTo("{\"npp\":\"19012345\",\"division\":\"000\",\"name\":\"PT MAJU BERSAMA "
                + "SEJAHTERA\",\"riskGroup\":\"I\",\"businessScale\":\"LARGE\",\"paymentCode\":\"100200300401\","
                + "\"requiredPrograms\":[\"JKK\",\"JKM\",\"JHT\",\"JP\"],\"registeredOn\":\"2025-03-01\"}");
        assertThat(json(berkah).get("requiredPrograms").toString()).isEqualTo("[\"JKK\",\"JKM\"]");
        assertThat(json(berkah).get("businessScale").asString()).isEqualTo("MICRO");
    }

    @Test
    void listsTheDemoEmployersWithTheirUnitAndEmployees() {
        JsonNode demo = json(core.get("/sim/v1/demo"));

        JsonNode maju = demo.get(0).get("employer");
        assertThat(maju.get("npp").asString()).isEqualTo(MAJU);
        assertThat(maju.get("division").asString()).isEqualTo(HEAD_OFFICE);
        assertThat(maju.get("employees").toString()).isEqualTo("[{\"kpj\":\"21010000001\",\"fullName\":"
                + "\"BUDI SANTOSO\",\"monthlyWage\":\"8000000.00\"},{\"kpj\":\"21010000002\",\"fullName\":"
                + "\"DEWI LESTARI\",\"monthlyWage\":\"15000000.00\"}]");
        assertThat(demo.get(3).has("employer")).as("a non-wage earner's row").isFalse();
    }

    @Test
    void answersUnknownEmployerForAProfileAndRefusesAMalformedPath() {
        HttpResponse<String> unknown = core.get(Employers.unit(MAJU, "002"));
        HttpResponse<String> malformed = core.get(Employers.unit(MAJU, "0001"));

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(problemType(unknown)).endsWith("/unknown-employer");
        assertConforms("Problem", unknown);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(problemType(malformed)).endsWith("/invalid-request");
    }

    @Test
    void previewsBothWorkedExamples() {
        HttpResponse<String> response = core.post(PREVIEWS, null, WORKED_EXAMPLES);

        assertThat(response.statusCode()).isEqualTo(200);
        assertConforms("ContributionPreview", response);
        JsonNode preview = json(response);
        JsonNode eight = preview.get("employees").get(0);
        JsonNode fifteen = preview.get("employees").get(1);
        assertThat(eight.get("reference").asString()).isEqualTo("PAYROLL-0001");
        assertThat(eight.get("employerTotal").asString()).isEqualTo("499200.00");
        assertThat(eight.get("workerTotal").asString()).isEqualTo("240000.00");
        assertThat(fifteen.get("jpWageBase").asString()).isEqualTo("10547400.00");
        assertThat(shares(fifteen.get("programs"))).containsExactly("JKK 36000.00/0.00", "JKM 45000.00/0.00",
                "JHT 555000.00/300000.00", "JP 210948.00/105474.00");
        assertThat(preview.get("totalAmount").asString()).isEqualTo("1991622.00");
    }

    @Test
    void previewsWhatTheBillOfTheSameWagesSays() {
        String body = WORKED_EXAMPLES.replace("2025-06", "2026-11");

        JsonNode preview = json(core.post(PREVIEWS, null, body));
        JsonNode bill = json(core.get(Employers.bill(MAJU, HEAD_OFFICE, "2026-11")));

        assertThat(programs(preview)).isEqualTo(programs(bill));
        assertThat(preview.get("totalAmount")).isEqualTo(bill.get("totalAmount"));
        assertThat(preview.get("employerTotal")).isEqualTo(bill.get("employerTotal"));
    }

    @Test
    void previewsAMicroUnitWithoutJp() {
        JsonNode preview = json(core.post(PREVIEWS, null, WORKED_EXAMPLES.replace("19012345", BERKAH)));

        assertThat(preview.get("employees").get(0).get("jpWageBase").isNull()).isTrue();
        assertThat(programs(preview)).extracting(line -> line.substring(0, 3)).containsExactly("JKK", "JKM", "JKP");
    }

    @Test
    void previewsFromJuly2015ToTheMonthAfterTheCurrentOne() {
        for (String period : List.of("2015-07", "2026-12")) {
            assertThat(core.post(PREVIEWS, null, WORKED_EXAMPLES.replace("2025-06", period)).statusCode())
                    .as(period).isEqualTo(200);
        }
        for (String period : List.of("2015-06", "2027-01")) {
            HttpResponse<String> response = core.post(PREVIEWS, null, WORKED_EXAMPLES.replace("2025-06", period));

            assertThat(response.statusCode()).as(period).isEqualTo(422);
            assertThat(problemType(response)).endsWith("/invalid-period");
            assertConforms("Problem", response);
        }
    }

    @Test
    void answersUnknownEmployerForAPreview() {
        HttpResponse<String> response = core.post(PREVIEWS, null, WORKED_EXAMPLES.replace("\"000\"", "\"009\""));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(problemType(response)).endsWith("/unknown-employer");
    }

    @Test
    void refusesPreviewBodiesTheContractRefuses() {
        for (String body : List.of(WORKED_EXAMPLES.replace("\"8000000.00\"", "8000000"),
                "{\"npp\":\"19012345\",\"division\":\"000\",\"period\":\"2026-11\",\"employees\":[]}", "[")) {
            HttpResponse<String> response = core.post(PREVIEWS, null, body);

            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(problemType(response)).endsWith("/invalid-request");
            assertConforms("Problem", response);
        }
    }
}
