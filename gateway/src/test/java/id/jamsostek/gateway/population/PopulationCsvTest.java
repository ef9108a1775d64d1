package id.jamsostek.gateway.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.gateway.region.RegionList;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An operator's file of official figures: taken whole, or refused whole with every bad row named. */
class PopulationCsvTest {

    private static final PopulationCsv CSV = new PopulationCsv(new RegionList(false));
    private static final YearMonth TODAY = YearMonth.of(2026, 12);

    @Test
    void readsEveryRowOfAGoodFileWithItsCitation() {
        List<OfficialFigure> figures = CSV.read("""
                region_code,period,working_population,source
                3603,2025,1812345,"BPS Kabupaten Tangerang, Sakernas Agustus 2025, Tabel 3.1"
                3603012014,2025-08,4400,BPS Kabupaten Tangerang, penduduk bekerja per desa

                36,2025,6000000,BPS Provinsi Banten
                """, TODAY);

        assertThat(figures).containsExactly(
                new OfficialFigure("3603", "2025", 1_812_345, "BPS Kabupaten Tangerang, Sakernas Agustus 2025, Tabel 3.1"),
                new OfficialFigure("3603012014", "2025-08", 4400, "BPS Kabupaten Tangerang, penduduk bekerja per desa"),
                new OfficialFigure("36", "2025", 6_000_000, "BPS Provinsi Banten"));
    }

    @Test
    void refusesTheWholeFileListingEveryBadRowWithItsLineAndColumn() {
        GatewayException refused = catchThrowableOfType(GatewayException.class, () -> CSV.read("""
                region_code,period,working_population,source
                3603012014,2025,4400,BPS
                3603019999,2025,4400,BPS
                3603012014,2025,-5,BPS
                3603,2025,90000000,BPS
                3603012014,2027,10,BPS
                360301,2025-13,10,BPS
                3603012014,2025,4400,BPS again
                3603,2025,100,
                36.03,2025,1,BPS
                3603,2025
                """, TODAY));

        assertThat(refused.problem()).isEqualTo(Problem.INVALID_POPULATION_FIGURES);
        assertThat(refused.problem().status()).isEqualTo(422);
        assertThat(refused.extensions().get("errorCount")).isEqualTo(9);
        assertThat(errors(refused)).extracting(error -> error.get("line") + " " + error.get("column"))
                .containsExactly("3 region_code", "4 working_population", "5 working_population", "6 period",
                        "7 period", "8 region_code", "9 source", "10 region_code", "11 ");
        assertThat(errors(refused).getFirst().get("detail")).isEqualTo("not a region of the " + RegionList.EDITION);
        assertThat(errors(refused).get(1).get("detail")).isEqualTo("negative");
        assertThat(refused.detail()).isEqualTo("9 rows are refused; nothing was loaded");
    }

    @Test
    void refusesAFileWithoutTheHeaderOrWithoutFigures() {
        assertThat(errors(catchThrowableOfType(GatewayException.class,
                () -> CSV.read("region,year,population\n3603,2025,1\n", TODAY))).getFirst().get("detail"))
                .isEqualTo("the first line must be " + PopulationCsv.HEADER);
        assertThat(errors(catchThrowableOfType(GatewayException.class,
                () -> CSV.read(PopulationCsv.HEADER + "\n", TODAY))).getFirst().get("detail"))
                .isEqualTo("no figures after the header");
        assertThat(errors(catchThrowableOfType(GatewayException.class, () -> CSV.read("", TODAY)))).hasSize(1);
    }

    @Test
    void aFigureAboveWhatAnyRegionOfItsLevelHasIsRefused() {
        assertThat(CSV.read(PopulationCsv.HEADER + "\n3603012014,2025,400000,BPS\n", TODAY)).hasSize(1);
        assertThat(catchThrowableOfType(GatewayException.class,
                () -> CSV.read(PopulationCsv.HEADER + "\n3603012014,2025,400001,BPS\n", TODAY))).isNotNull();
        assertThat(catchThrowableOfType(GatewayException.class,
                () -> CSV.read(PopulationCsv.HEADER + "\n3603012014,2025,0,BPS\n", TODAY))).isNotNull();
    }

    @Test
    void listsAtMostAHundredRowsAndCountsThemAll() {
        StringBuilder file = new StringBuilder(PopulationCsv.HEADER).append('\n');
        for (int row = 0; row < 150; row++) {
            file.append("3603012014,1999,1,BPS\n");
        }
        GatewayException refused = catchThrowableOfType(GatewayException.class, () -> CSV.read(file.toString(), TODAY));
        assertThat(errors(refused)).hasSize(PopulationCsv.MAX_LISTED);
        assertThat(refused.extensions().get("errorCount")).isEqualTo(150);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> errors(GatewayException refused) {
        return (List<Map<String, Object>>) refused.extensions().get("errors");
    }
}
