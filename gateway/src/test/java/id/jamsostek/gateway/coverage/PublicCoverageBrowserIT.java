package id.jamsostek.gateway.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.support.Browser;
import id.jamsostek.gateway.support.BrowserTest;
import id.jamsostek.gateway.support.CoverageCountsStub;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The public coverage page: no sign-in, the regions ranked by the village API's own figures, no personal data,
 * cacheable with an ETag that a reader can revalidate.
 */
class PublicCoverageBrowserIT extends BrowserTest {

    private static final YearMonth MONTH = YearMonth.of(2026, 10);

    @BeforeEach
    void coreCounts() {
        core.resetAll();
        CoverageCountsStub.stub(core, MONTH, 0);
    }

    @Test
    void anyoneSeesTheRegionsRankedByTheApisCoverage() {
        Browser browser = browser().as(null)
                .openUrl(onPartnersPort(PublicCoveragePage.PATH + "?lang=en&month=" + MONTH));
        JsonNode regency = CoverageCountsStub.villageApi(web, "3603", MONTH);

        assertThat(browser.text("#ranking-month")).isEqualTo(MONTH.toString());
        assertThat(browser.text("#regencies tr[data-region='3603'] td:nth-child(1)")).isEqualTo("1");
        assertThat(browser.text("#regencies tr[data-region='3603'] td:nth-child(3)"))
                .isEqualTo(regency.get("coveragePercent").asString() + " %");
        assertThat(browser.text("#regencies tr[data-region='3603'] td:nth-child(4)"))
                .isEqualTo(regency.get("activeParticipants").asString());
        // Banten's only figures are Kabupaten Tangerang's villages: the same share
        assertThat(browser.text("#provinces tr[data-region='36'] td:nth-child(3)"))
                .isEqualTo(regency.get("coveragePercent").asString() + " %");
        assertThat(regency.get("populationStatus").asString()).isEqualTo("SYNTHETIC_STAND_IN");
        assertThat(browser.text("#regencies tr[data-region='3603'] td.population-status"))
                .as("the stand-in is shown as such").isEqualTo("synthetic stand-in, not real statistics");
        assertThat(browser.source()).doesNotContainPattern("[0-9]{16}");
        browser.screenshot("public-coverage");
        assertThat(browser.accessibilityViolations(ACCESSIBILITY)).isEmpty();
        browser.find("#lang-id").click();
        browser.waitUntil("Indonesian labels", () -> browser.text("#provinces caption").equals("Provinsi"));
        assertThat(browser.text("#provinces tr[data-region='36'] td.population-status"))
                .isEqualTo("pengganti sintetis, bukan statistik sebenarnya");
    }

    @Test
    void thePageIsCacheableAndRevalidatedByItsETag() {
        var first = web.get().uri(PublicCoveragePage.PATH + "?month=" + MONTH).exchange().expectStatus().isOk()
                .expectHeader().cacheControl(org.springframework.http.CacheControl
                        .maxAge(CoverageRanking.FRESH_FOR).cachePublic())
                .expectBody().returnResult();
        String etag = first.getResponseHeaders().getETag();
        assertThat(etag).isNotBlank();
        web.get().uri(PublicCoveragePage.PATH + "?month=" + MONTH).header("If-None-Match", etag).exchange()
                .expectStatus().isNotModified();
        web.get().uri(PublicCoveragePage.PATH + "?month=" + MONTH + "&lang=en").header("If-None-Match", etag)
                .exchange().expectStatus().isOk();
    }
}
