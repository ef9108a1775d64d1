package id.jamsostek.gateway.population;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.operator.Role;
import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.CoverageCountsStub;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.TestDatabase;
import id.jamsostek.gateway.support.TestOfficialFigures;
import java.time.YearMonth;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * An operator uploads official BPS figures on the admin API: taken whole, audited under the token's subject, and then
 * used by coverage with their source, the regions left out keeping the synthetic stand-in; a file with bad rows is
 * refused whole listing them; nobody else may upload.
 */
class AdminPopulationIT extends GatewayIntegrationTest {

    private static final String PATH = "/admin/v1/working-population";
    private static final YearMonth MONTH = YearMonth.of(2026, 11);
    private static final MediaType CSV = MediaType.parseMediaType("text/csv");
    private static final String GOOD = """
            region_code,period,working_population,source
            3603012001,2025,4400,"BPS Kabupaten Tangerang, Sakernas Agustus 2025, penduduk bekerja per desa"
            """;

    private final String subject = "ops-bps-" + ThreadLocalRandom.current().nextInt(1_000_000);

    @BeforeEach
    void coreCounts() {
        core.resetAll();
        CoverageCountsStub.stub(core, MONTH, 0);
    }

    @AfterEach
    void forgetTheUploads() {
        TestOfficialFigures.forgetUploads();
    }

    private long figures() {
        return TestDatabase.count("select count(*) from working_population_figure");
    }

    private String audit() {
        return TestDatabase.text("select string_agg(method || ' ' || path || ' ' || status || ' ' || roles, ', '"
                + " order by id) from operator_action where subject = '" + subject + "'");
    }

    @Test
    void anOperatorsUploadIsUsedByCoverageWithItsSourceAndTheOtherVillagesKeepTheStandIn() {
        JsonNode upload = BankClient.json(admin(subject, Role.OPERATOR).post().uri(PATH).contentType(CSV)
                .bodyValue(GOOD).exchange().expectStatus().isCreated().expectBody().returnResult()
                .getResponseBodyContent());
        assertThat(upload.get("figures").asInt()).isEqualTo(1);
        assertThat(upload.get("uploadedBy").asString()).isEqualTo(subject);
        assertThat(audit()).isEqualTo("POST " + PATH + " 201 operator");

        JsonNode saga = CoverageCountsStub.villageApi(web, "3603012001", MONTH);
        assertThat(saga.get("workingPopulation").asLong()).isEqualTo(4400);
        assertThat(saga.get("populationStatus").asString()).isEqualTo("OFFICIAL");
        assertThat(saga.get("populationSource").asString())
                .isEqualTo("BPS Kabupaten Tangerang, Sakernas Agustus 2025, penduduk bekerja per desa, 2025");
        // (380 + 120) / 4400
        assertThat(saga.get("coveragePercent").decimalValue()).isEqualByComparingTo("11.36");

        JsonNode other = CoverageCountsStub.villageApi(web, "3603012002", MONTH);
        assertThat(other.get("populationStatus").asString()).isEqualTo("SYNTHETIC_STAND_IN");
        assertThat(other.get("populationSource").asString()).startsWith("Synthetic stand-in");

        JsonNode district = CoverageCountsStub.villageApi(web, CoverageCountsStub.DISTRICT, MONTH);
        assertThat(district.get("workingPopulation").asLong()).isEqualTo(4400 + 3000);
        assertThat(district.get("populationStatus").asString()).isEqualTo("MIXED");

        admin(subject, Role.VIEWER).get().uri(PATH + "/uploads").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[0].uploadedBy").isEqualTo(subject).jsonPath("$[0].figures").isEqualTo(1);
    }

    @Test
    void aFileWithBadRowsIsRefusedWholeListingEachRowAndLoadsNothing() {
        admin(subject, Role.OPERATOR).post().uri(PATH).contentType(CSV).bodyValue("""
                        region_code,period,working_population,source
                        3603012001,2025,4400,BPS
                        3603019999,2025,4400,BPS
                        3603012002,2025,-3000,BPS
                        """).exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://api.jamsostek.example/problems/invalid-population-figures")
                .jsonPath("$.errorCount").isEqualTo(2)
                .jsonPath("$.errors[0].line").isEqualTo(3)
                .jsonPath("$.errors[0].column").isEqualTo("region_code")
                .jsonPath("$.errors[1].line").isEqualTo(4)
                .jsonPath("$.errors[1].detail").isEqualTo("negative");

        assertThat(figures()).isZero();
        assertThat(audit()).isEqualTo("POST " + PATH + " 422 operator");
        assertThat(CoverageCountsStub.villageApi(web, "3603012001", MONTH).get("populationStatus").asString())
                .isEqualTo("SYNTHETIC_STAND_IN");
    }

    @Test
    void withoutATokenNothingIsUploaded() {
        internal().post().uri(PATH).contentType(CSV).bodyValue(GOOD).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer");
        assertThat(figures()).isZero();
    }

    @Test
    void aViewerOrASecurityOfficerIsRefusedTheUpload() {
        for (Role role : new Role[] {Role.VIEWER, Role.SECURITY_OFFICER}) {
            admin(subject, role).post().uri(PATH).contentType(CSV).bodyValue(GOOD).exchange()
                    .expectStatus().isForbidden()
                    .expectBody().jsonPath("$.type").isEqualTo("https://api.jamsostek.example/problems/role-refused");
        }
        assertThat(figures()).isZero();
    }
}
