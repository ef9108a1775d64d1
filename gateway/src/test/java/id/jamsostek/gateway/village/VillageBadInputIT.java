package id.jamsostek.gateway.village;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.support.BadInputProblems;
import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.TestDatabase;
import id.jamsostek.gateway.support.TestVillage;
import id.jamsostek.gateway.support.VillageClient;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every invalid enrollment and batch example of the village contract gets a specific 400 problem naming the field,
 * and changes nothing: no batch, no claimed key, no call to the core.
 */
class VillageBadInputIT extends GatewayIntegrationTest {

    @BeforeEach
    void reset() {
        core.resetAll();
    }

    static List<Arguments> invalidExamples() {
        JsonNode manifest = BankClient.json(VillageClient.example("manifest.json").getBytes());
        List<Arguments> cases = new ArrayList<>();
        for (JsonNode example : manifest.get("examples")) {
            String type = example.get("type").asString();
            String path = switch (type) {
                case "EnrollmentRequest" -> "/village/v1/enrollments";
                case "EnrollmentBatchRequest" -> "/village/v1/enrollment-batches";
                default -> null;
            };
            if (path != null && "invalid".equals(example.get("label").asString())) {
                cases.add(Arguments.of(example.get("file").asString(), path,
                        example.get("expected").get("kind").asString()));
            }
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(20);
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidExamples")
    void refusesWithASpecificProblemAndChangesNothing(String file, String path, String kind) {
        String key = UUID.randomUUID().toString();
        long batches = TestDatabase.count("select count(*) from batch");
        byte[] answer = new VillageClient(web, TestVillage.SAGA).post(path, VillageClient.example(file), key)
                .expectStatus().isBadRequest()
                .expectBody().returnResult().getResponseBodyContent();
        JsonNode problem = BankClient.json(answer);
        BadInputProblems.assertSpecific(problem, kind);
        assertThat(TestDatabase.count("select count(*) from batch")).isEqualTo(batches);
        assertThat(TestDatabase.count("select count(*) from idempotency_record where idem_key = '" + key + "'"))
                .isZero();
        core.verify(0, anyRequestedFor(anyUrl()));
    }
}
