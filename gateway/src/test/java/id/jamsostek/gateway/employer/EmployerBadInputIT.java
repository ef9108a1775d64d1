package id.jamsostek.gateway.employer;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.support.BadInputProblems;
import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.EmployerPlatformClient;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.TestDatabase;
import id.jamsostek.gateway.support.TestEmployerPlatform;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Every invalid request example of the employer contract (registration, batch, wage report, preview) gets a
 * specific 400 problem naming the field, and changes nothing: no batch, no claimed key, no call to the core.
 */
class EmployerBadInputIT extends GatewayIntegrationTest {

    private static final String EMPLOYER = "/employer/v1/employers/19012345/divisions/000";

    @BeforeEach
    void reset() {
        core.resetAll();
    }

    static List<Arguments> invalidExamples() {
        JsonNode manifest = BankClient.json(EmployerPlatformClient.example("manifest.json").getBytes());
        List<Arguments> cases = new ArrayList<>();
        for (JsonNode example : manifest.get("examples")) {
            String type = example.get("type").asString();
            boolean known = List.of("EmployeeRegistrationRequest", "EmployeeBatchRequest", "WageReport",
                    "ContributionPreviewRequest").contains(type);
            if (known && "invalid".equals(example.get("label").asString())) {
                cases.add(Arguments.of(example.get("file").asString(), type,
                        example.get("expected").get("kind").asString()));
            }
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(100);
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidExamples")
    void refusesWithASpecificProblemAndChangesNothing(String file, String type, String kind) {
        String key = UUID.randomUUID().toString();
        long batches = TestDatabase.count("select count(*) from batch");
        EmployerPlatformClient payroll = new EmployerPlatformClient(web, TestEmployerPlatform.PAYROLL);
        String body = EmployerPlatformClient.example(file);
        WebTestClient.ResponseSpec answer = switch (type) {
            case "EmployeeRegistrationRequest" -> payroll.post(EMPLOYER + "/employees", body, key);
            case "EmployeeBatchRequest" -> payroll.post(EMPLOYER + "/employee-batches", body, key);
            case "WageReport" -> payroll.put(EMPLOYER + "/wage-reports/2026-10", body);
            default -> payroll.post("/employer/v1/contribution-previews", body, null);
        };
        JsonNode problem = BankClient.json(answer.expectStatus().isBadRequest()
                .expectBody().returnResult().getResponseBodyContent());
        BadInputProblems.assertSpecific(problem, kind);
        assertThat(TestDatabase.count("select count(*) from batch")).isEqualTo(batches);
        assertThat(TestDatabase.count("select count(*) from idempotency_record where idem_key = '" + key + "'"))
                .isZero();
        core.verify(0, anyRequestedFor(anyUrl()));
    }
}
