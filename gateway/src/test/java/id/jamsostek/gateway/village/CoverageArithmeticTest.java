package id.jamsostek.gateway.village;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.adapters.core.CoverageCounts;
import id.jamsostek.adapters.village.VillageCoverageSummary;
import id.jamsostek.adapters.village.VillageReadTranslator;
import id.jamsostek.contracts.RegionScope;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The coverage figure: participants of both segments over the working population, rounded half up to 4 decimals, at
 * most 1, as a percentage too; null without a (non-zero) population.
 */
class CoverageArithmeticTest {

    private static final String HEADER = "region_code,year,working_population,source";

    private static VillageCoverageSummary summary(long active, String... csvRows) {
        return summary(active, 0, csvRows);
    }

    private static VillageCoverageSummary summary(long active, long wageEarners, String... csvRows) {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        lines.addAll(List.of(csvRows));
        Map<String, Long> roles = Map.of("OTHER", active);
        Map<String, Long> payers = Map.of("SELF", active);
        CoverageCounts counts = new CoverageCounts("3603012001", YearMonth.of(2026, 11),
                List.of(new CoverageCounts.Village("3603012001", active, active, wageEarners, roles, payers)));
        return new VillageReadTranslator().toSummary(RegionScope.of("3603012001"), counts,
                new WorkingPopulation(lines));
    }

    @Test
    void roundsHalfUpToFourDecimals() {
        assertThat(summary(1, "3603012001,2025,20000,stand-in").coverage()).isEqualByComparingTo("0.0001"); // .00005
        assertThat(summary(1, "3603012001,2025,20001,stand-in").coverage()).isEqualByComparingTo("0");
        assertThat(summary(2, "3603012001,2025,3,stand-in").coverage()).isEqualByComparingTo("0.6667");
    }

    /** Inpres 2/2021: participants of every segment / working population x 100. */
    @Test
    void countsWageEarnersWithNonWageEarnersAndGivesThePercentage() {
        VillageCoverageSummary summary = summary(380, 120, "3603012001,2025,4200,stand-in");

        assertThat(summary.activeParticipants()).isEqualTo(500);
        assertThat(summary.coverage()).isEqualByComparingTo("0.1190");
        assertThat(summary.coveragePercent()).isEqualByComparingTo("11.90");
        assertThat(summary.villages().getFirst().activeWageEarners()).isEqualTo(120);
        assertThat(summary.villages().getFirst().coveragePercent()).isEqualByComparingTo("11.90");
        assertThat(summary.month()).isEqualTo("2026-11");
        assertThat(summary(5).coveragePercent()).as("no population").isNull();
    }

    @Test
    void neverExceedsOneWhenThePopulationFigureIsOlderThanTheCounts() {
        VillageCoverageSummary summary = summary(500, "3603012001,2025,400,stand-in");
        assertThat(summary.coverage()).isEqualByComparingTo("1");
        assertThat(summary.villages().getFirst().coverage()).isEqualByComparingTo("1");
    }

    @Test
    void isNullWithoutAPopulationOrWithAPopulationOfZero() {
        assertThat(summary(5).coverage()).isNull();
        assertThat(summary(5).workingPopulation()).isNull();
        assertThat(summary(5).populationSource()).isNull();
        VillageCoverageSummary zero = summary(5, "3603012001,2025,0,stand-in");
        assertThat(zero.workingPopulation()).isZero();
        assertThat(zero.coverage()).isNull();
    }

    @Test
    void everyRoleAndPayerIsPresentZeroIncluded() {
        VillageCoverageSummary summary = summary(3);
        assertThat(summary.byRole()).containsOnlyKeys(CoverageCounts.ROLES).containsEntry("OTHER", 3L)
                .containsEntry("CADRE", 0L);
        assertThat(summary.byPayer()).containsOnlyKeys(CoverageCounts.PAYERS).containsEntry("SELF", 3L);
    }
}
