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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Coverage against the core's counts (contract examples) and the shipped reference CSV, whose synthetic figures are
 * 3603012001: 4200 and 3603012002: 3000 (2025); Kab. Bogor has none.
 */
class CoverageIT extends GatewayIntegrationTest {

    private static final String CORE_PATH = "/core/v1/coverage";
    private static final String SOURCE =
            "Synthetic stand-in for BPS Sakernas / Dukcapil (demo figures - not real statistics), 2025";

    @BeforeEach
    void reset() {
        core.resetAll();
    }

    private WebTestClient.ResponseSpec coverage(TestVillage village, String query) {
        return web.get().uri("/village/v1/coverage" + query)
                .header("Authorization", "Bearer " + new VillageClient(web, village).token()).exchange();
    }

    private static void coreCounts(String body) {
        core.stubFor(get(urlPathEqualTo(CORE_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    private static String twoVillagesOfBalaraja() {
        return CoreFixtures.example("CoverageCounts/valid/district-two-villages.json");
    }

    private static JsonNode valid(byte[] body) {
        assertThat(ContractSchema.load("contracts/village/schemas/CoverageSummary.json").validate(body)).isEmpty();
        return BankClient.json(body);
    }

    private static byte[] ok(WebTestClient.ResponseSpec response) {
        return response.expectStatus().isOk().expectBody().returnResult().getResponseBodyContent();
    }

    @Test
    void aVillageSeesItsOwnCoverageFromTheCountsAndTheReferenceData() {
        coreCounts(twoVillagesOfBalaraja());
        JsonNode summary = valid(ok(coverage(TestVillage.SAGA, "?region=3603012001")));

        assertThat(summary.get("region").asString()).isEqualTo("3603012001");
        assertThat(summary.get("level").asString()).isEqualTo("VILLAGE");
        assertThat(summary.get("enrolled").asLong()).isEqualTo(412);
        assertThat(summary.get("activeThisMonth").asLong()).isEqualTo(380);
        assertThat(summary.get("byRole").get("VULNERABLE_WORKER").asLong()).isEqualTo(318);
        assertThat(summary.get("byPayer").get("DONOR").asLong()).isEqualTo(272);
        assertThat(summary.get("workingPopulation").asLong()).isEqualTo(4200);
        assertThat(summary.get("activeWageEarners").asLong()).isEqualTo(120);
        assertThat(summary.get("activeParticipants").asLong()).isEqualTo(500);
        // (380 non-wage earners + 120 wage earners) / 4200 = 0.11904..
        assertThat(summary.get("coverage").decimalValue()).isEqualByComparingTo("0.1190");
        assertThat(summary.get("coveragePercent").decimalValue()).isEqualByComparingTo("11.90");
        assertThat(summary.get("populationSource").asString()).isEqualTo(SOURCE);
        assertThat(summary.get("villages")).hasSize(1); // the other village the core named is not this region's
        assertThat(summary.get("villages").get(0).get("villageCode").asString()).isEqualTo("3603012001");
        core.verify(1, getRequestedFor(urlPathEqualTo(CORE_PATH)).withQueryParam("regionPrefix", equalTo("3603012001")));
    }

    @Test
    void aDistrictSumsItsVillagesExactlyAsTheContractExampleShows() {
        coreCounts(twoVillagesOfBalaraja());
        JsonNode summary = valid(ok(coverage(TestVillage.TANGERANG, "?region=360301")));

        ObjectNode expected = (ObjectNode) BankClient.json(
                VillageClient.example("CoverageSummary/valid/district-with-population.json").getBytes());
        expected.put("populationSource", SOURCE); // the example names another (equally stand-in) source
        assertThat(summary).isEqualTo(expected);
    }

    @Test
    void aRegencyPartnerSeesItsRegencyWithThePopulationSummedOverItsVillages() {
        coreCounts(twoVillagesOfBalaraja());
        JsonNode summary = valid(ok(coverage(TestVillage.TANGERANG, "?region=3603")));

        assertThat(summary.get("level").asString()).isEqualTo("REGENCY");
        assertThat(summary.get("enrolled").asLong()).isEqualTo(412 + 150);
        assertThat(summary.get("activeThisMonth").asLong()).isEqualTo(380 + 120);
        assertThat(summary.get("byRole").get("RT_RW").asLong()).isEqualTo(30 + 18);
        assertThat(summary.get("byPayer").get("SELF").asLong()).isEqualTo(80 + 40);
        assertThat(summary.get("workingPopulation").asLong()).isEqualTo(4200 + 3000);
        assertThat(summary.get("activeWageEarners").asLong()).isEqualTo(120 + 30);
        assertThat(summary.get("coverage").decimalValue()).isEqualByComparingTo("0.0903"); // 650 / 7200 = 0.09027..
        assertThat(summary.get("coveragePercent").decimalValue()).isEqualByComparingTo("9.03");
        assertThat(summary.get("villages").get(1).get("coverage").decimalValue()).isEqualByComparingTo("0.05");
        core.verify(1, getRequestedFor(urlPathEqualTo(CORE_PATH)).withQueryParam("regionPrefix", equalTo("3603")));
    }

    @Test
    void asksTheCoreForTheMonthNamedAndRefusesAMalformedMonth() {
        coreCounts(twoVillagesOfBalaraja());
        JsonNode summary = valid(ok(coverage(TestVillage.TANGERANG, "?region=360301&month=2026-11")));

        assertThat(summary.get("month").asString()).isEqualTo("2026-11");
        core.verify(1, getRequestedFor(urlPathEqualTo(CORE_PATH)).withQueryParam("month", equalTo("2026-11")));
        for (String month : new String[] {"2026-13", "2026-1", "11-2026"}) {
            coverage(TestVillage.TANGERANG, "?region=360301&month=" + month).expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.type")
                    .isEqualTo("https://api.jamsostek.example/problems/invalid-query-parameter");
        }
        core.verify(1, getRequestedFor(urlPathEqualTo(CORE_PATH)));
    }

    @Test
    void aRegionWithoutParticipantsStillShowsItsVillagesWithAPopulation() {
        coreCounts(CoreFixtures.example("CoverageCounts/valid/region-without-participants.json"));
        JsonNode summary = valid(ok(coverage(TestVillage.TANGERANG, "?region=3603")));

        assertThat(summary.get("enrolled").asLong()).isZero();
        assertThat(summary.get("byRole").get("CADRE").asLong()).isZero();
        assertThat(summary.get("byPayer").get("VILLAGE_BUDGET").asLong()).isZero();
        assertThat(summary.get("workingPopulation").asLong()).isEqualTo(7200);
        assertThat(summary.get("coverage").decimalValue()).isEqualByComparingTo("0");
        assertThat(summary.get("villages")).extracting(line -> line.get("villageCode").asString())
                .containsExactly("3603012001", "3603012002");
    }

    @Test
    void withoutReferenceDataThePopulationCoverageAndSourceAreNull() {
        coreCounts(twoVillagesOfBalaraja().replace("\"36030120", "\"32010120").replace("\"360301\"", "\"320101\""));
        JsonNode summary = valid(ok(coverage(TestVillage.BOGOR, "?region=3201012001")));

        ObjectNode expected = (ObjectNode) BankClient.json(VillageClient
                .example("CoverageSummary/valid/village-without-population-data.json")
                .replace("3603012001", "3201012001").getBytes());
        assertThat(summary).isEqualTo(expected);
        assertThat(summary.get("coverage").isNull()).isTrue();
        assertThat(summary.get("workingPopulation").isNull()).isTrue();
        assertThat(summary.get("populationSource").isNull()).isTrue();
    }

    @Test
    void aRegionWiderThanTheCallersIsForbiddenAndTheCoreHearsNothing() {
        coreCounts(twoVillagesOfBalaraja());
        coverage(TestVillage.BOGOR, "?region=3603").expectStatus().isForbidden().expectBody().jsonPath("$.type")
                .isEqualTo("https://api.jamsostek.example/problems/region-out-of-scope");
        coverage(TestVillage.SAGA, "?region=360301").expectStatus().isForbidden();
        coverage(TestVillage.SAGA, "?region=36").expectStatus().isForbidden();
        core.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aMalformedRegionIsAnInvalidQueryParameter() {
        for (String query : new String[] {"", "?region=", "?region=360", "?region=36030", "?region=36.03",
                "?region=abcd", "?region=36030120011", "?region=3603&region=3603"}) {
            byte[] body = coverage(TestVillage.TANGERANG, query).expectStatus().isBadRequest().expectBody()
                    .returnResult().getResponseBodyContent();
            assertThat(BankClient.json(body).get("type").asString()).as(query)
                    .isEqualTo("https://api.jamsostek.example/problems/invalid-query-parameter");
            assertThat(ContractSchema.load("contracts/village/schemas/Problem.json").validate(body)).as(query)
                    .isEmpty();
        }
        core.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aRegionInsideTheCallersButNotInTheKemendagriListIs422AndTheCoreHearsNothing() {
        coreCounts(twoVillagesOfBalaraja());
        for (String region : new String[] {"360399", "3603019999"}) {
            byte[] body = coverage(TestVillage.TANGERANG, "?region=" + region).expectStatus().isEqualTo(422)
                    .expectBody().returnResult().getResponseBodyContent();
            assertThat(BankClient.json(body).get("type").asString()).as(region)
                    .isEqualTo("https://api.jamsostek.example/problems/unknown-region");
        }
        core.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void anAnswerWithARoleTheContractLacksIsNotPassedOn() {
        coreCounts(twoVillagesOfBalaraja().replace("\"OTHER\"", "\"ASTRONAUT\""));
        coverage(TestVillage.TANGERANG, "?region=3603").expectStatus().is5xxServerError();
    }
}
