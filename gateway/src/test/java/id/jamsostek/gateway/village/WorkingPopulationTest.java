package id.jamsostek.gateway.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jamsostek.adapters.village.PopulationReference;
import id.jamsostek.adapters.village.PopulationReference.Figure;
import id.jamsostek.adapters.village.PopulationReference.Status;
import id.jamsostek.gateway.population.OfficialFigure;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingPopulationTest {

    private static final String HEADER = "region_code,year,working_population,source";
    private static final Status STAND_IN = Status.SYNTHETIC_STAND_IN;
    private static final YearMonth NOVEMBER_2026 = YearMonth.of(2026, 11);

    @Test
    void theShippedFileIsMarkedAsASyntheticStandInForTheDemoVillages() {
        WorkingPopulation shipped = new WorkingPopulation();
        assertThat(shipped.of("3603012001")).get().extracting(PopulationReference.Figure::source).asString()
                .startsWith("Synthetic stand-in").contains("not real statistics");
        assertThat(shipped.of("3603012001")).get().extracting(Figure::status).isEqualTo(STAND_IN);
        assertThat(shipped.villagesWithin("3603")).containsExactly("3603012001", "3603012002");
        assertThat(shipped.of("3201")).isEmpty();
    }

    @Test
    void aRegionsOwnRowWinsOverTheSumOfItsVillages() {
        WorkingPopulation table = new WorkingPopulation(List.of("# a comment", HEADER,
                "3603,2025,900000,regency figure", "3603012001,2025,4200,village figure",
                "3603022001,2024,100,older village figure"));
        assertThat(table.of("3603")).contains(new Figure(900000, "regency figure, 2025", STAND_IN));
        assertThat(table.of("360301")).contains(new Figure(4200, "village figure, 2025", STAND_IN));
        assertThat(table.of("36")).contains(new Figure(4300,
                "older village figure, 2024; village figure, 2025", STAND_IN));
        assertThat(table.villagesWithin("36")).containsExactly("3603012001", "3603022001");
    }

    @Test
    void theLatestYearOfARegionIsKept() {
        WorkingPopulation table = new WorkingPopulation(List.of(HEADER, "3603012001,2025,4200,new",
                "3603012001,2023,3900,old"));
        assertThat(table.of("3603012001")).contains(new Figure(4200, "new, 2025", STAND_IN));
    }

    @Test
    void aBrokenFileStopsTheStartWithItsLine() {
        assertThatThrownBy(() -> new WorkingPopulation(List.of("code,population"))).hasMessageContaining("header");
        assertThatThrownBy(() -> new WorkingPopulation(List.of(HEADER, "36030,2025,10,x")))
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> new WorkingPopulation(List.of(HEADER, "3603,2025,-1,x")))
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> new WorkingPopulation(List.of(HEADER, "3603,2025,1,x", "3603,2025,2,y")))
                .hasMessageContaining("twice");
    }

    @Test
    void anOfficialFigureTakesThePlaceOfTheStandInsRowAndTheSumsSayTheyAreMixed() {
        WorkingPopulation table = new WorkingPopulation(List.of(HEADER, "3603012001,2025,4200,stand-in",
                "3603012002,2025,3000,stand-in")).withOfficial(List.of(
                new OfficialFigure("3603012001", "2025", 4400, "BPS Sakernas Agustus 2025")), NOVEMBER_2026);

        assertThat(table.of("3603012001")).contains(new Figure(4400, "BPS Sakernas Agustus 2025, 2025", Status.OFFICIAL));
        assertThat(table.of("3603012002")).contains(new Figure(3000, "stand-in, 2025", STAND_IN));
        assertThat(table.of("360301")).get().extracting(Figure::workingPopulation, Figure::status)
                .containsExactly(7400L, Status.MIXED);
    }

    @Test
    void aMonthTakesTheLatestOfficialPeriodThatHasStartedElseTheEarliest() {
        WorkingPopulation standIn = new WorkingPopulation(List.of(HEADER));
        List<OfficialFigure> figures = List.of(new OfficialFigure("3603", "2024", 1_500_000, "Sakernas 2024"),
                new OfficialFigure("3603", "2025", 1_600_000, "Sakernas 2025"),
                new OfficialFigure("3603", "2025-08", 1_650_000, "Sakernas Agustus 2025"));

        assertThat(standIn.withOfficial(figures, YearMonth.of(2025, 7)).of("3603")).get()
                .extracting(Figure::workingPopulation).isEqualTo(1_600_000L);
        assertThat(standIn.withOfficial(figures, YearMonth.of(2025, 8)).of("3603")).get()
                .extracting(Figure::workingPopulation).isEqualTo(1_650_000L);
        assertThat(standIn.withOfficial(figures, YearMonth.of(2023, 1)).of("3603")).get()
                .extracting(Figure::workingPopulation).isEqualTo(1_500_000L);
    }
}
