package id.jamsostek.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.support.Browser;
import id.jamsostek.gateway.support.BrowserTest;
import id.jamsostek.gateway.support.CoverageCountsStub;
import id.jamsostek.gateway.support.TestDatabase;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The coverage page in a real browser: the figures, the charts' data and the tables equal what the village API
 * answers for the same region and months; the language switch; basic accessibility; nobody signed in, no console.
 */
class ConsoleCoverageBrowserIT extends BrowserTest {

    static final YearMonth MONTH = YearMonth.of(2026, 11);
    static final String DISTRICT = CoverageCountsStub.DISTRICT;
    @BeforeEach
    void coreCountsEveryMonth() {
        CoverageCountsStub.stubMonths(core, MONTH, CoveragePage.TREND_MONTHS);
    }

    private JsonNode api(String region, YearMonth month) {
        return CoverageCountsStub.villageApi(web, region, month);
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
    void someoneSignedInWithoutAConsoleRoleIsRefusedLikeEveryForbiddenRequest() {
        Browser browser = browser().as("guest").open("/console/coverage?region=3603&month=" + MONTH);
        browser.waitUntil("the refusal", () -> browser.source().contains("role-refused"));
        assertThat(browser.all("#coverage-percent")).isEmpty();
        assertThat(TestDatabase.text("select subject || ' ' || status || ' ' || refused from operator_action"
                + " where path = '/console/coverage' and subject = 'it-guest' order by id desc limit 1"))
                .isEqualTo("it-guest 403 forbidden");
    }

    @Test
    void withoutASignedInOperatorThereIsNoConsole() {
        web.get().uri("/console/coverage").exchange().expectStatus().isNotFound();
        Browser browser = browser().as(null).open("/console/coverage");
        assertThat(browser.all("#operator-name")).isEmpty();
    }
}
