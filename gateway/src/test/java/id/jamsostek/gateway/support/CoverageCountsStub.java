package id.jamsostek.gateway.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.YearMonth;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** The WireMock core's coverage counts for the pages' tests, and the village API's answer to compare them with. */
public final class CoverageCountsStub {

    public static final String DISTRICT = "360301";

    private CoverageCountsStub() {}

    /** Counts of the two Balaraja villages that grow month by month, so that each month's figures differ. */
    public static void stub(WireMockServer core, YearMonth month, int back) {
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

    /** The counts of the month and of the months before it, as many as asked for (a page's trend). */
    public static void stubMonths(WireMockServer core, YearMonth last, int months) {
        core.resetAll();
        for (int back = 0; back < months; back++) {
            stub(core, last.minusMonths(back), back);
        }
    }

    /** What the village API answers the demo regency (3603) for a region and month. */
    public static JsonNode villageApi(WebTestClient web, String region, YearMonth month) {
        byte[] body = web.get().uri("/village/v1/coverage?region=" + region + "&month=" + month)
                .header("Authorization", "Bearer " + new VillageClient(web, TestVillage.TANGERANG).token())
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBodyContent();
        return BankClient.json(body);
    }
}
