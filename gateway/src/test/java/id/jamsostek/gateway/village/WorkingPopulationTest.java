package id.jamsostek.gateway.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jamsostek.adapters.village.PopulationReference;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingPopulationTest {

    private static final String HEADER = "region_code,year,working_population,source";

    @Test
    void theShippedFileIsMarkedAsASyntheticStandInForTheDemoVillages() {
        WorkingPopulation shipped = new WorkingPopulation();
        assertThat(shipped.of("3603012001")).get().extracting(PopulationReference.Figure::source).asString()
                .startsWith("Synthetic stand-in").contains("not real statistics");
        assertThat(shipped.villagesWithin("3603")).containsExactly("3603012001", "3603012002");
        assertThat(shipped.of("3201")).isEmpty();
    }

    @Test
    void aRegionsOwnRowWinsOverTheSumOfItsVillages() {
        WorkingPopulation table = new WorkingPopulation(List.of("# a comment", HEADER,
                "3603,2025,900000,regency figure", "3603012001,2025,4200,village figure",
                "3603022001,2024,100,older village figure"));
        assertThat(table.of("3603")).contains(new PopulationReference.Figure(900000, "regency figure, 2025"));
        assertThat(table.of("360301")).contains(new PopulationReference.Figure(4200, "village figure, 2025"));
        assertThat(table.of("36")).contains(new PopulationReference.Figure(4300,
                "older village figure, 2024; village figure, 2025"));
        assertThat(table.villagesWithin("36")).containsExactly("3603012001", "3603022001");
    }

    @Test
    void theLatestYearOfARegionIsKept() {
        WorkingPopulation table = new WorkingPopulation(List.of(HEADER, "3603012001,2025,4200,new",
                "3603012001,2023,3900,old"));
        assertThat(table.of("3603012001")).contains(new PopulationReference.Figure(4200, "new, 2025"));
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
}
