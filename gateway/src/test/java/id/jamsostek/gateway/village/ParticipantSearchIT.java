package id.jamsostek.gateway.village;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.contracts.validation.ContractSchema;
import id.jamsostek.gateway.support.CoreFixtures;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.TestVillage;
import id.jamsostek.gateway.support.VillageClient;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ParticipantSearchIT extends GatewayIntegrationTest {

    private static final String PATH = "/village/v1/participants/search";
    private static final String NIK = "{\"nik\":\"3603011407910007\"}";

    @BeforeEach
    void reset() {
        core.resetAll();
    }

    private static void coreKnowsTheParticipant() {
        core.stubFor(post(urlPathEqualTo("/core/v1/participants/search")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(CoreFixtures.example("ParticipantRecord/valid/name-with-title-and-comma.json"))));
    }

    @Test
    void showsAParticipantOfTheCallersRegionsMasked() {
        coreKnowsTheParticipant();
        byte[] body = new VillageClient(web, TestVillage.SAGA).post(PATH, NIK, UUID.randomUUID().toString())
                .expectStatus().isOk().expectBody().returnResult().getResponseBodyContent();
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).contains("\"kpj\":\"26031400789\"").doesNotContain("3603011407910007")
                .doesNotContain("AHMAD");
        assertThat(ContractSchema.load("contracts/village/schemas/ParticipantStatus.json").validate(body)).isEmpty();
    }

    @Test
    void aParticipantElsewhereLooksExactlyLikeAnUnknownOne() {
        coreKnowsTheParticipant();
        byte[] elsewhere = new VillageClient(web, TestVillage.BOGOR).post(PATH, NIK, UUID.randomUUID().toString())
                .expectStatus().isNotFound().expectBody().returnResult().getResponseBodyContent();
        core.resetAll();
        core.stubFor(post(urlPathEqualTo("/core/v1/participants/search")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody(CoreFixtures.example("Problem/valid/unknown-participant.json"))));
        byte[] unknown = new VillageClient(web, TestVillage.BOGOR).post(PATH, NIK, UUID.randomUUID().toString())
                .expectStatus().isNotFound().expectBody().returnResult().getResponseBodyContent();
        assertThat(new String(elsewhere, StandardCharsets.UTF_8).replaceAll("\"instance\":\"[^\"]*\"", ""))
                .isEqualTo(new String(unknown, StandardCharsets.UTF_8).replaceAll("\"instance\":\"[^\"]*\"", ""));
    }

    @Test
    void aNikThatIsNotSixteenDigitsIsRefusedBeforeTheCoreHearsOfIt() {
        new VillageClient(web, TestVillage.SAGA).post(PATH, "{\"nik\":\"36030114079100\"}", UUID.randomUUID().toString())
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/nik");
        core.verify(0, anyRequestedFor(anyUrl()));
    }
}
