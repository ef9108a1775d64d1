package id.jamsostek.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.population.PopulationCsv;
import id.jamsostek.gateway.support.Browser;
import id.jamsostek.gateway.support.BrowserTest;
import id.jamsostek.gateway.support.CoverageCountsStub;
import id.jamsostek.gateway.support.OperatorAudits;
import id.jamsostek.gateway.support.TestDatabase;
import id.jamsostek.gateway.support.TestOfficialFigures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The coverage page's upload of official BPS figures in a real browser: an operator uploads a file and is back on the
 * page, which shows the official figure with its label and source where there is one and the stand-in, labelled as
 * such, elsewhere, as the village API does; a file with bad rows is refused whole with its rows listed; a viewer has
 * no form; the labels in both languages.
 */
class ConsolePopulationUploadBrowserIT extends BrowserTest {

    static final YearMonth MONTH = YearMonth.of(2026, 11);
    static final String DISTRICT = CoverageCountsStub.DISTRICT;

    @BeforeEach
    void coreCountsEveryMonth() {
        CoverageCountsStub.stubMonths(core, MONTH, CoveragePage.TREND_MONTHS);
    }

    @AfterEach
    void forgetTheUploads() {
        TestOfficialFigures.forgetUploads();
    }

    private static Path csv(String rows) throws Exception {
        Path file = Files.createTempFile("bps-", ".csv");
        Files.writeString(file, PopulationCsv.HEADER + "\n" + rows);
        return file;
    }

    private static void upload(Browser browser, Path file) {
        browser.find("#population-file").sendKeys(file.toAbsolutePath().toString());
        browser.find("#population-upload button[type='submit']").click();
    }

    @Test
    void anOperatorUploadsBpsFiguresAndTheDistrictShowsThemBesideTheStandIn() throws Exception {
        Browser browser = browser().as("operator").open("/console/coverage?lang=en&region=" + DISTRICT + "&month="
                + MONTH);
        assertThat(browser.text("#population-status")).isEqualTo("synthetic stand-in, not real statistics");

        upload(browser, csv("3603012001,2025,4400,BPS Kabupaten Tangerang, Sakernas Agustus 2025\n"));
        browser.waitUntil("back on the coverage page", () -> !browser.all("#population-uploaded").isEmpty());

        JsonNode district = CoverageCountsStub.villageApi(web, DISTRICT, MONTH);
        assertThat(browser.text("#population-uploaded")).startsWith("1 official figures loaded");
        assertThat(browser.text("#working-population")).isEqualTo(district.get("workingPopulation").asString())
                .isEqualTo("7400");
        assertThat(browser.text("#population-status")).isEqualTo("partly official, partly synthetic stand-in");
        assertThat(browser.text("#population-source")).isEqualTo(district.get("populationSource").asString())
                .contains("BPS Kabupaten Tangerang, Sakernas Agustus 2025, 2025");
        assertThat(browser.text("tr[data-region='3603012001'] td.population-status"))
                .isEqualTo("official figure (BPS, uploaded)");
        assertThat(browser.text("tr[data-region='3603012002'] td.population-status"))
                .isEqualTo("synthetic stand-in, not real statistics");
        OperatorAudits.assertAudited("it-operator", "operator", "POST", "/console/coverage/working-population", 303);
        browser.screenshot("console-coverage-official-figures");
        assertThat(browser.accessibilityViolations(ACCESSIBILITY)).isEmpty();
    }

    @Test
    void aFileWithBadRowsIsRefusedWholeWithItsRowsListedInBahasaIndonesia() throws Exception {
        Browser browser = browser().as("operator").open("/console/coverage?lang=id&region=" + DISTRICT + "&month="
                + MONTH);
        upload(browser, csv("3603012001,2025,4400,BPS\n3603019999,2025,10,BPS\n3603012002,2025,-1,BPS\n"));
        browser.waitUntil("the refusal", () -> !browser.all("#population-errors").isEmpty());

        assertThat(browser.text("h1")).isEqualTo("Angka ditolak");
        assertThat(browser.text("#population-error-count")).isEqualTo("2");
        assertThat(browser.all("#population-errors tbody tr")).hasSize(2);
        assertThat(browser.text("#population-errors tr[data-line='3']")).contains("region_code");
        assertThat(browser.text("#population-errors tr[data-line='4']")).contains("working_population");
        assertThat(TestDatabase.count("select count(*) from working_population_figure")).isZero();
        OperatorAudits.assertAudited("it-operator", "operator", "POST", "/console/coverage/working-population", 422);
        browser.screenshot("console-coverage-figures-refused");
        assertThat(browser.accessibilityViolations(ACCESSIBILITY)).isEmpty();

        browser.find("#population-back").click();
        browser.waitUntil("the coverage page", () -> !browser.all("#figures").isEmpty() || !browser
                .all("#parts").isEmpty());
        assertThat(browser.text("h2")).isEqualTo("Penduduk bekerja resmi (BPS)");
    }

    @Test
    void aViewerSeesTheLabelsButNoUploadForm() {
        Browser browser = browser().as("viewer").open("/console/coverage?lang=id&region=" + DISTRICT + "&month="
                + MONTH);
        assertThat(browser.text("#population-status")).isEqualTo("pengganti sintetis, bukan statistik sebenarnya");
        assertThat(browser.all("#population-upload")).isEmpty();
    }
}
