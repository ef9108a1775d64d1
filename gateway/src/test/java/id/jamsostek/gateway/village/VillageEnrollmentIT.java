package id.jamsostek.gateway.village;

import id.jamsostek.gateway.idempotency.CoreKeys;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import id.jamsostek.contracts.validation.ContractSchema;
import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.CoreFixtures;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.TestVillage;
import id.jamsostek.gateway.support.VillageClient;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class VillageEnrollmentIT extends GatewayIntegrationTest {

    private static final String PATH = "/village/v1/enrollments";
    private static final String OFFICIAL = VillageClient.example("EnrollmentRequest/valid/village-official-village-budget.json");

    private VillageClient saga;

    @BeforeEach
    void reset() {
        core.resetAll();
        saga = new VillageClient(web, TestVillage.SAGA);
    }

    private static void coreAnswers(ResponseDefinitionBuilder answer) {
        core.stubFor(post(urlPathEqualTo("/core/v1/enrollments")).willReturn(answer));
    }

    private static ResponseDefinitionBuilder enrolled() {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody(CoreFixtures.example("EnrollmentResult/valid/village-official.json"));
    }

    private static ResponseDefinitionBuilder problem(int status, String example) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody(CoreFixtures.example("Problem/valid/" + example));
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    @Test
    void enrollsAVillageOfficialAndAnswersTheKpjAndFirstBill() {
        coreAnswers(enrolled());
        String key = key();
        byte[] body = saga.post(PATH, OFFICIAL, key).expectStatus().isCreated()
                .expectBody().returnResult().getResponseBodyContent();

        JsonNode answer = BankClient.json(body);
        assertThat(answer.get("kpj").asString()).isEqualTo("26031400789");
        assertThat(answer.get("status").asString()).isEqualTo("ENROLLED");
        assertThat(ContractSchema.load("contracts/village/schemas/EnrollmentResponse.json").validate(body)).isEmpty();

        List<LoggedRequest> sent = core.findAll(postRequestedFor(urlPathEqualTo("/core/v1/enrollments")));
        assertThat(coreKeys()).hasSize(1);
        assertThat(sent.getFirst().getHeader("Idempotency-Key"))
                .isEqualTo(CoreKeys.derive(TestVillage.SAGA.id(), VillageEnrollmentHandler.OPERATION, key));
        assertThat(ContractSchema.load("contracts/core/schemas/EnrollmentCommand.json")
                .validate(sent.getFirst().getBody())).isEmpty();
    }

    @Test
    void theSameKeyAndBodyReplaysTheFirstAnswerAndEnrollsOnce() {
        coreAnswers(enrolled());
        String key = key();
        byte[] first = saga.post(PATH, OFFICIAL, key).expectStatus().isCreated()
                .expectBody().returnResult().getResponseBodyContent();
        byte[] again = saga.post(PATH, OFFICIAL, key).expectStatus().isOk()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody().returnResult().getResponseBodyContent();
        assertThat(again).isEqualTo(first);
        assertThat(coreKeys()).hasSize(1);
    }

    /** The Idempotency-Keys the core saw: one per enrollment, however often a timed-out attempt was retried. */
    private static java.util.Set<String> coreKeys() {
        return core.findAll(postRequestedFor(urlPathEqualTo("/core/v1/enrollments"))).stream()
                .map(request -> request.getHeader("Idempotency-Key"))
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndAMissingKeyIs400() {
        coreAnswers(enrolled());
        String key = key();
        saga.post(PATH, OFFICIAL, key).expectStatus().isCreated();
        saga.post(PATH, OFFICIAL.replace("Kepala Urusan Keuangan", "Sekretaris Desa"), key)
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.jamsostek.example/problems/idempotency-key-reused");
        saga.post(PATH, OFFICIAL, null).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("https://api.jamsostek.example/problems/idempotency-key-missing");
        assertThat(coreKeys()).hasSize(1);
    }

    @Test
    void aVillageOutsideThePartnersRegionsIs403AndTheCoreHearsNothing() {
        String elsewhere = OFFICIAL.replace("\"villageCode\": \"3603012001\"", "\"villageCode\": \"3603012002\"");
        saga.post(PATH, elsewhere, key()).expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("https://api.jamsostek.example/problems/region-out-of-scope");
        new VillageClient(web, TestVillage.BOGOR).post(PATH, OFFICIAL, key()).expectStatus().isForbidden();
        core.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aVillageCodeInTheCallersRegionsButNotInTheKemendagriListIs422AndTheCoreHearsNothing() {
        String unknown = OFFICIAL.replace("\"villageCode\": \"3603012001\"", "\"villageCode\": \"3603019999\"");
        byte[] body = new VillageClient(web, TestVillage.TANGERANG).post(PATH, unknown, key())
                .expectStatus().isEqualTo(422).expectBody().returnResult().getResponseBodyContent();
        JsonNode problem = BankClient.json(body);
        assertThat(problem.get("type").asString()).isEqualTo("https://api.jamsostek.example/problems/unknown-region");
        assertThat(problem.at("/errors/0/pointer").asString()).isEqualTo("/villageCode");
        assertThat(ContractSchema.load("contracts/village/schemas/Problem.json").validate(body)).isEmpty();
        core.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aRegencyPartnerServesEveryVillageOfItsRegency() {
        coreAnswers(enrolled());
        new VillageClient(web, TestVillage.TANGERANG).post(PATH, OFFICIAL, key()).expectStatus().isCreated();
    }

    @Test
    void alreadyAParticipantTellsTheKpjOnlyWithinTheCallersRegions() {
        coreAnswers(problem(409, "already-participant.json"));
        saga.post(PATH, OFFICIAL, key()).expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://api.jamsostek.example/problems/already-participant")
                .jsonPath("$.kpj").doesNotExist();
        new VillageClient(web, TestVillage.TANGERANG).post(PATH, OFFICIAL, key()).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.kpj").isEqualTo("26031400512");
    }

    @Test
    void aNikThatDisagreesWithTheBirthDateOrSexIs422WithPointers() {
        String wrongBirth = OFFICIAL.replace("\"birthDate\": \"1991-07-14\"", "\"birthDate\": \"1991-07-15\"");
        saga.post(PATH, wrongBirth, key()).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/birthDate");
        String wrongSex = OFFICIAL.replace("\"sex\": \"M\"", "\"sex\": \"F\"");
        saga.post(PATH, wrongSex, key()).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/sex");
        core.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void theCoresRuleViolationsComeBackAsPointers() {
        coreAnswers(problem(422, "invalid-enrollment-income-band.json"));
        saga.post(PATH, OFFICIAL, key()).expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://api.jamsostek.example/problems/invalid-enrollment")
                .jsonPath("$.errors[0].pointer").isEqualTo("/incomeBand");
    }

    @Test
    void unknownFieldsAndBadNiksAreRefusedByTheContractWithPointers() {
        saga.post(PATH, VillageClient.example("EnrollmentRequest/invalid/unknown-field.json"), key())
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("https://api.jamsostek.example/problems/invalid-field-format");
        saga.post(PATH, VillageClient.example("EnrollmentRequest/invalid/nik-with-letters.json"), key())
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/nik");
        saga.post(PATH, VillageClient.example("EnrollmentRequest/invalid/malformed-json.json"), key())
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("https://api.jamsostek.example/problems/bad-request");
        core.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void noOrABadTokenIs401WithWwwAuthenticate() {
        web.post().uri(PATH).header("Idempotency-Key", key()).header("Content-Type", "application/json")
                .bodyValue(OFFICIAL).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().exists("WWW-Authenticate")
                .expectBody().jsonPath("$.type").isEqualTo("https://api.jamsostek.example/problems/invalid-token");
        web.post().uri(PATH).header("Authorization", "Bearer not.a.token").header("Idempotency-Key", key())
                .header("Content-Type", "application/json").bodyValue(OFFICIAL).exchange()
                .expectStatus().isUnauthorized();
        core.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void whenTheCoreIsDownTheKeyIsGivenBackAndARetryWithItWorks() {
        coreAnswers(aResponse().withStatus(503));
        String key = key();
        saga.post(PATH, OFFICIAL, key).expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.jamsostek.example/problems/core-unavailable");
        core.resetAll();
        coreAnswers(enrolled());
        saga.post(PATH, OFFICIAL, key).expectStatus().isCreated();
    }
}
