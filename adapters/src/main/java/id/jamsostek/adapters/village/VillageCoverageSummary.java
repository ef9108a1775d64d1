package id.jamsostek.adapters.village;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Coverage of a region as village software sees it (contracts/village CoverageSummary). workingPopulation, coverage
 * and populationSource are null when no reference figure is loaded; they are written as null, never left out.
 */
public record VillageCoverageSummary(String region, String level, long enrolled, long activeThisMonth,
        Map<String, Long> byRole, Map<String, Long> byPayer, Long workingPopulation, BigDecimal coverage,
        String populationSource, List<Village> villages) {

    public VillageCoverageSummary {
        villages = List.copyOf(villages);
    }

    /** One village's line (contracts/village VillageCoverage). */
    public record Village(String villageCode, long enrolled, long activeThisMonth, Long workingPopulation,
            BigDecimal coverage) {}
}
