package id.jamsostek.gateway.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.Browser;
import id.jamsostek.gateway.support.ConsoleSignIn;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.TestVillage;
import id.jamsostek.gateway.support.VillageClient;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * The coverage page in a real browser: the figures, the charts' data and the tables equal what the village API
 * answers for the same region and months; the language switch; basic accessibility; nobody signed in, no console.
 */
@Import(ConsoleSignIn.class)
class ConsoleCoverageBrowserIT extends GatewayIntegrationTest {

    static final YearMonth MONTH = YearMonth.of(2026, 11);
    static final String DISTRICT = "360301";
    /** The axe-core rules the console keeps: labels, contrast, names and the page's language and title. */
    static final List<String> ACCESSIBILITY = List.of("label", "color-contrast", "image-alt", "html-has-lang",
            "document-title", "button-name", "link-name", "select-name");

    private static Browser browser;

    @LocalServerPort
    private int port;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private Browser browser() {
        if (browser == null) {
            browser = new Browser("http://127.0.0.1:" + port);
        }
        return browser;
    }

    @BeforeEach
    void coreCountsEveryMonth() {
        core.resetAll();
        for (int back = 0; back < CoveragePage.TREND_MONTHS; back++) {
            stubCounts(core, MONTH.minusMonths(back), back);
        }
    }

    /** Counts of the two Balaraja villages that grow month by month, so that each month's figures differ. */
    static void stubCounts(com.github.tomakehurst.wiremock.WireMockServer core, YearMonth month, int back) {
        long active = 380 - 20L * back;
        String body = """
                {"regionPrefix": "%s", "month": "%s", "villages": [
                  {"villageCode": "3603012001", "enrolled": 412, "activeThisMonth": %d, "activeWageEarners": %d,
                   "byRole": {"VILLAGE_OFFICIAL": 12, "BPD_MEMBER": 7, "RT_RW": 30, "CADRE": 33, "NON_ASN_STAFF": 8,
                              "VULNERABLE_WORKER": 318, "OTHER": 4},
                   "byPayer": {"SELF": 80, "VILLAGE_BUDGET": 20, "REGENCY_BUDGET": 40, "DONOR": 272}},
                  {"villageCode": "3603012002", "enrolled": 150, "activeThisMonth": %d, "activeWageEarners": 30,
                   "byRole": {"VILLAGE_OFFICIAL": 12, "BPD_MEMBER": 7, "RT_RW": 18, "CADRE": 27, "NON_ASN_STAFF": 8,
                              "VULNERABLE_WORKER": 72, "OTHER": 6},
                   "byPayer": {"SELF": 40, "VILLAGE_BUDGET": 20, "REGENCY_BUDGET": 32, "DONOR": 58}}]}
                """.formatted(DISTRICT, month, active, 120 - 5 * back, 120 - 3 * back);
        core.stubFor(get(urlPathEqualTo("/core/v1/coverage")).withQueryParam("month", equalTo(month.toString()))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(body)));
    }

    private JsonNode api(String region, YearMonth month) {
        byte[] body = web.get().uri("/village/v1/coverage?region=" + region + "&month=" + month)
                .header("Authorization", "Bearer " + new VillageClient(web, TestVillage.TANGERANG).token())
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBodyContent();
        return BankClient.json(body);
    }

    @SuppressWarnings("unchecked")
    private List<Object> chartValues(String chart) {
        return (List<Object>) browser().script("var option = echarts.getInstanceByDom(document.getElementById("
                + "arguments[0])).getOption(); return option.series[0].data;", chart);
    }

    @Test
    void theDistrictsFiguresAndChartsAreTheVillageApisFigures() {
        Browser browser = browser().as("viewer").open("/console/coverage?lang=en&region=" + DISTRICT + "&month="
                + MONTH);
        JsonNode district = api(DISTRICT, MONTH);

        assertThat(browser.text("#coverage-percent")).isEqualTo(district.get("coveragePercent").asString() + " %");
        assertThat(browser.text("#active-participants")).isEqualTo(district.get("activeParticipants").asString());
        assertThat(browser.text("#working-population")).isEqualTo(district.get("workingPopulation").asString());
        assertThat(browser.text("#lapsing")).isEqualTo(Long.toString(
                district.get("enrolled").asLong() - district.get("activeThisMonth").asLong()));

        List<Object> expectedTrend = new ArrayList<>();
        for (int back = CoveragePage.TREND_MONTHS - 1; back >= 0; back--) {
            expectedTrend.add(api(DISTRICT, MONTH.minusMonths(back)).get("coveragePercent").asDouble());
        }
        assertThat(chartValues("chart-trend")).map(value -> ((Number) value).doubleValue())
                .isEqualTo(expectedTrend);
        assertThat(chartValues("chart-payers")).map(value -> ((Number) value).longValue()).containsExactly(
                district.get("byPayer").get("SELF").asLong(), district.get("byPayer").get("VILLAGE_BUDGET").asLong(),
                district.get("byPayer").get("REGENCY_BUDGET").asLong(), district.get("byPayer").get("DONOR").asLong());
        JsonNode saga = api("3603012001", MONTH);
        assertThat(browser.text("tr[data-region='3603012001'] td:nth-child(3)"))
                .isEqualTo(saga.get("coveragePercent").asString());
        browser.screenshot("console-coverage-district");
        assertThat(browser.accessibilityViolations(ACCESSIBILITY)).isEmpty();
    }

    @Test
    void aVillageDrilledDownToShowsItsOwnFigures() {
        Browser browser = browser().as("viewer").open("/console/coverage?region=3603&month=" + MONTH);
        browser.find("a[href*='region=" + DISTRICT + "']").click();
        browser.find("tr[data-region='3603012001'] a").click();
        browser.waitUntil("the village's page", () -> browser.text("#region-name").startsWith("Desa Saga"));
        assertThat(browser.text("#active-participants"))
                .isEqualTo(api("3603012001", MONTH).get("activeParticipants").asString());
        browser.screenshot("console-coverage-village");
    }

    @Test
    void theLabelsSwitchBetweenBahasaIndonesiaAndEnglish() {
        Browser browser = browser().as("viewer").open("/console/coverage?lang=id&region=3603&month=" + MONTH);
        assertThat(browser.text("h1")).startsWith("Cakupan");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("id");
        browser.find("#lang-en").click();
        browser.waitUntil("English labels", () -> browser.text("h1").startsWith("Coverage"));
        browser.open("/console/coverage?region=3603&month=" + MONTH);
        assertThat(browser.text("h1")).as("the choice is remembered").startsWith("Coverage");
        assertThat(browser.text("#operator-roles")).isEqualTo("viewer");
    }

    @Test
    void someoneSignedInWithoutAConsoleRoleIsRefused() {
        Browser browser = browser().as("guest").open("/console/coverage?region=3603&month=" + MONTH);
        assertThat(browser.text("#refused")).isNotBlank();
        assertThat(browser.all("#coverage-percent")).isEmpty();
    }

    @Test
    void withoutASignedInOperatorThereIsNoConsole() {
        web.get().uri("/console/coverage").exchange().expectStatus().isNotFound();
        Browser browser = browser().as(null).open("/console/coverage");
        assertThat(browser.all("#operator-name")).isEmpty();
    }
}
