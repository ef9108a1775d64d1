package id.jamsostek.gateway.population;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.TestDatabase;
import id.jamsostek.gateway.support.TestOfficialFigures;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.test.StepVerifier;

/** Uploaded official figures on PostgreSQL: saved whole under the operator, read by prefix, replaced by a later one. */
class OfficialFigureStoreIT extends GatewayIntegrationTest {

    private static final String SHA = "a".repeat(64);

    @Autowired
    OfficialFigureStore store;

    @AfterEach
    void forgetTheUploads() {
        TestOfficialFigures.forgetUploads();
    }

    @Test
    void savesAnUploadWholeAndReadsItsFiguresByPrefix() {
        List<OfficialFigure> figures = List.of(new OfficialFigure("3602", "2025", 700_000, "BPS Lebak 2025"),
                new OfficialFigure("3602012001", "2025-08", 2100, "BPS Lebak, per desa"),
                new OfficialFigure("3602022001", "2025", 1900, "BPS Lebak, per desa"));

        StepVerifier.create(store.save("siti.ops", SHA, figures))
                .assertNext(upload -> {
                    assertThat(upload.uploadedBy()).isEqualTo("siti.ops");
                    assertThat(upload.figures()).isEqualTo(3);
                    assertThat(upload.fileSha256()).isEqualTo(SHA);
                })
                .verifyComplete();

        StepVerifier.create(store.within("360201").collectList())
                .assertNext(found -> assertThat(found).containsExactly(figures.get(1)))
                .verifyComplete();
        StepVerifier.create(store.within("3602").collectList())
                .assertNext(found -> assertThat(found).containsExactlyInAnyOrderElementsOf(figures))
                .verifyComplete();
        StepVerifier.create(store.provinces().collectList())
                .assertNext(provinces -> assertThat(provinces).contains("36"))
                .verifyComplete();
        StepVerifier.create(store.recent(1))
                .assertNext(upload -> assertThat(upload.uploadedBy()).isEqualTo("siti.ops"))
                .verifyComplete();
    }

    @Test
    void aLaterUploadOfTheSameRegionAndPeriodReplacesTheFigureAndKeepsTheOthers() {
        store.save("siti.ops", SHA, List.of(new OfficialFigure("3602", "2024", 690_000, "BPS Lebak 2024"),
                new OfficialFigure("3602", "2025", 700_000, "BPS Lebak 2025"))).block();
        store.save("budi.ops", "b".repeat(64), List.of(new OfficialFigure("3602", "2025", 705_000,
                "BPS Lebak 2025, revised"))).block();

        StepVerifier.create(store.within("3602").collectList())
                .assertNext(found -> assertThat(found).containsExactlyInAnyOrder(
                        new OfficialFigure("3602", "2024", 690_000, "BPS Lebak 2024"),
                        new OfficialFigure("3602", "2025", 705_000, "BPS Lebak 2025, revised")))
                .verifyComplete();
        assertThat(TestDatabase.text("select u.uploaded_by from working_population_figure f"
                + " join working_population_upload u on u.id = f.upload_id"
                + " where f.region_code = '3602' and f.period = '2025'")).isEqualTo("budi.ops");
    }
}
