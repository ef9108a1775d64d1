package id.jamsostek.gateway.village;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.contracts.validation.ContractSchema;
import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.CoreFixtures;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.TestVillage;
import id.jamsostek.gateway.support.VillageClient;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

class ParticipantPageIT extends GatewayIntegrationTest {

    private static final String CORE_PATH = "/core/v1/villages/3603012001/participants";

    @BeforeEach
    void reset() {
        core.resetAll();
    }

    private WebTestClient.ResponseSpec list(TestVillage village, String pathAndQuery) {
        return web.get().uri(pathAndQuery)
                .header("Authorization", "Bearer " + new VillageClient(web, village).token()).exchange();
    }

    private static void coreListsTheFirstPage() {
        core.stubFor(get(urlPathEqualTo(CORE_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(CoreFixtures.example("ParticipantRecordPage/valid/first-page.json"))));
    }

    @Test
    void listsTheVillagesParticipantsMaskedLikeASearch() {
        coreListsTheFirstPage();
        byte[] body = list(TestVillage.SAGA, "/village/v1/villages/3603012001/participants?page=0&size=50")
                .expectStatus().isOk().expectBody().returnResult().getResponseBodyContent();

        assertThat(ContractSchema.load("contracts/village/schemas/ParticipantPage.json").validate(body)).isEmpty();
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("3603011407910007").doesNotContain("3603014903880006")
                .doesNotContain("AHMAD").doesNotContain("SURYADI").doesNotContain("RAHMAH");
        JsonNode page = BankClient.json(body);
        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("items")).hasSize(2);
        JsonNode first = page.get("items").get(0);
        assertThat(first.get("kpj").asString()).isEqualTo("26031400789");
        assertThat(first.get("villageCode").asString()).isEqualTo("3603012001");
        assertThat(first.get("nikMasked").asString()).startsWith("3603").doesNotContain("1407910007");
        assertThat(first.get("nameMasked").asString()).contains("*");
        core.verify(1, getRequestedFor(urlPathEqualTo(CORE_PATH))
                .withQueryParam("page", equalTo("0")).withQueryParam("size", equalTo("50")));
    }

    @Test
    void aRegencyPartnerListsAnyVillageOfItsRegencyWithTheDefaultPage() {
        coreListsTheFirstPage();
        list(TestVillage.TANGERANG, "/village/v1/villages/3603012001/participants").expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(2);
        core.verify(1, getRequestedFor(urlPathEqualTo(CORE_PATH))
                .withQueryParam("page", equalTo("0")).withQueryParam("size", equalTo("50")));
    }

    @Test
    void aVillageWithoutParticipantsIsAnEmptyPage() {
        core.stubFor(get(urlPathEqualTo(CORE_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(CoreFixtures.example("ParticipantRecordPage/valid/village-without-participants.json"))));
        byte[] body = list(TestVillage.SAGA, "/village/v1/villages/3603012001/participants").expectStatus().isOk()
                .expectBody().returnResult().getResponseBodyContent();
        assertThat(ContractSchema.load("contracts/village/schemas/ParticipantPage.json").validate(body)).isEmpty();
        assertThat(BankClient.json(body).get("total").asLong()).isZero();
    }

    @Test
    void aVillageOutsideTheCallersRegionsIsForbiddenAndTheCoreHearsNothing() {
        coreListsTheFirstPage();
        list(TestVillage.BOGOR, "/village/v1/villages/3603012001/participants").expectStatus().isForbidden()
                .expectBody().jsonPath("$.type")
                .isEqualTo("https://api.jamsostek.example/problems/region-out-of-scope");
        list(TestVillage.SAGA, "/village/v1/villages/3603012002/participants").expectStatus().isForbidden();
        core.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aPageSizeOverTwoHundredIsRefusedBeforeTheCoreHearsOfIt() {
        list(TestVillage.SAGA, "/village/v1/villages/3603012001/participants?size=500").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type")
                .isEqualTo("https://api.jamsostek.example/problems/invalid-query-parameter")
                .jsonPath("$.detail").isEqualTo("size must be 1 to 200");
        core.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void malformedParametersAreInvalidQueryParameters() {
        for (String bad : new String[] {"/village/v1/villages/360301200/participants",
                "/village/v1/villages/36.03.01.2001/participants", "/village/v1/villages/3603012001/participants?size=0",
                "/village/v1/villages/3603012001/participants?page=-1",
                "/village/v1/villages/3603012001/participants?page=x",
                "/village/v1/villages/3603012001/participants?size=10&size=20"}) {
            byte[] body = list(TestVillage.SAGA, bad).expectStatus().isBadRequest().expectBody().returnResult()
                    .getResponseBodyContent();
            assertThat(BankClient.json(body).get("type").asString()).as(bad)
                    .isEqualTo("https://api.jamsostek.example/problems/invalid-query-parameter");
            assertThat(ContractSchema.load("contracts/village/schemas/Problem.json").validate(body)).as(bad).isEmpty();
        }
        core.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void withoutATokenItIsUnauthorized() {
        web.get().uri("/village/v1/villages/3603012001/participants").exchange().expectStatus().isUnauthorized();
        core.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void theInternalPathAroundThePipelineIsNotFound() {
        coreListsTheFirstPage();
        web.get().uri("/internal/village/participants-page/3603012001").exchange().expectStatus().isNotFound();
        core.verify(0, anyRequestedFor(anyUrl()));
    }
}
