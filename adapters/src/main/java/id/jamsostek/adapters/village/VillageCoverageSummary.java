package id.jamsostek.adapters.village;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Coverage of a region for a month as village software sees it (contracts/village CoverageSummary): non-wage earners
 * (enrolled, activeThisMonth, byRole, byPayer) and wage earners (activeWageEarners), together activeParticipants.
 * workingPopulation, coverage, coveragePercent, populationSource and populationStatus are null when no reference figure
 * is loaded; they are written as null, never left out. populationStatus says whether the figure is an official one an
 * operator uploaded or the synthetic stand-in (PopulationReference.Status).
 */
public record VillageCoverageSummary(String region, String level, String month, long enrolled, long activeThisMonth,
        long activeWageEarners, long activeParticipants, Map<String, Long> byRole, Map<String, Long> byPayer,
        Long workingPopulation, BigDecimal coverage, BigDecimal coveragePercent, String populationSource,
        String populationStatus, List<Village> villages) {

    public VillageCoverageSummary {
        villages = List.copyOf(villages);
    }

    /** One village's line (contracts/village VillageCoverage). */
    public record Village(String villageCode, long enrolled, long activeThisMonth, long activeWageEarners,
            long activeParticipants, Long workingPopulation, BigDecimal coverage, BigDecimal coveragePercent) {}
}
