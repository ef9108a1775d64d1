package id.jamsostek.adapters.village;

import id.jamsostek.adapters.core.CoverageCounts;
import id.jamsostek.adapters.core.ParticipantRecordPage;
import id.jamsostek.contracts.RegionScope;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** What village software reads: a village's participants (masked as a search shows them) and a region's coverage. */
public final class VillageReadTranslator {

    private static final int COVERAGE_DECIMALS = 4;
    private static final int SOURCE_MAX = 200;

    private final VillageEnrollmentTranslator statuses = new VillageEnrollmentTranslator();

    /** The core's page with every participant masked exactly like a search answer. */
    public VillageParticipantPage toPage(ParticipantRecordPage page) {
        return new VillageParticipantPage(page.items().stream().map(statuses::toStatus).toList(), page.page(),
                page.size(), page.total());
    }

    /**
     * The core's counts plus the working population: totals and byRole/byPayer summed over the region's villages,
     * one line per village with participants or a population figure (ordered by code); coverage counts the
     * participants of both segments. A village the core names outside the region is not shown.
     */
    public VillageCoverageSummary toSummary(RegionScope region, CoverageCounts counts, PopulationReference population) {
        Map<String, CoverageCounts.Village> counted = new TreeMap<>();
        counts.villages().stream().filter(village -> village.villageCode().startsWith(region.prefix()))
                .forEach(village -> counted.put(village.villageCode(), village));
        TreeSet<String> codes = new TreeSet<>(counted.keySet());
        codes.addAll(population.villagesWithin(region.prefix()));

        Map<String, Long> byRole = zeros(CoverageCounts.ROLES);
        Map<String, Long> byPayer = zeros(CoverageCounts.PAYERS);
        long enrolled = 0;
        long active = 0;
        long wageEarners = 0;
        for (CoverageCounts.Village village : counted.values()) {
            enrolled += village.enrolled();
            active += village.activeThisMonth();
            wageEarners += village.activeWageEarners();
            village.byRole().forEach((role, count) -> byRole.merge(role, count, Long::sum));
            village.byPayer().forEach((payer, count) -> byPayer.merge(payer, count, Long::sum));
        }
        List<VillageCoverageSummary.Village> lines = codes.stream().map(code -> {
            Optional<CoverageCounts.Village> village = Optional.ofNullable(counted.get(code));
            long villageActive = village.map(CoverageCounts.Village::activeThisMonth).orElse(0L);
            long villageWageEarners = village.map(CoverageCounts.Village::activeWageEarners).orElse(0L);
            long villageParticipants = villageActive + villageWageEarners;
            Long villagePopulation = population.of(code).map(PopulationReference.Figure::workingPopulation)
                    .orElse(null);
            BigDecimal villageCoverage = coverage(villageParticipants, villagePopulation);
            return new VillageCoverageSummary.Village(code, village.map(CoverageCounts.Village::enrolled).orElse(0L),
                    villageActive, villageWageEarners, villageParticipants, villagePopulation, villageCoverage,
                    percent(villageCoverage));
        }).toList();

        Optional<PopulationReference.Figure> figure = population.of(region.prefix());
        Long workingPopulation = figure.map(PopulationReference.Figure::workingPopulation).orElse(null);
        BigDecimal coverage = coverage(active + wageEarners, workingPopulation);
        return new VillageCoverageSummary(region.prefix(), region.level().name(), counts.month().toString(), enrolled,
                active, wageEarners, active + wageEarners, Collections.unmodifiableMap(byRole),
                Collections.unmodifiableMap(byPayer), workingPopulation, coverage, percent(coverage),
                figure.map(VillageReadTranslator::source).orElse(null),
                figure.map(found -> found.status().name()).orElse(null), lines);
    }

    /** active / population, rounded half up to 4 decimals, at most 1; null when the population is unknown or 0. */
    static BigDecimal coverage(long active, Long workingPopulation) {
        if (workingPopulation == null || workingPopulation <= 0) {
            return null;
        }
        BigDecimal share = BigDecimal.valueOf(active)
                .divide(BigDecimal.valueOf(workingPopulation), COVERAGE_DECIMALS, RoundingMode.HALF_UP);
        return share.min(BigDecimal.ONE).stripTrailingZeros();
    }

    /** The same share as a percentage (Inpres 2/2021 and the Paritrana Award report coverage so): 2 decimals. */
    static BigDecimal percent(BigDecimal coverage) {
        return coverage == null ? null : coverage.movePointRight(2).stripTrailingZeros();
    }

    private static String source(PopulationReference.Figure figure) {
        String source = figure.source().strip();
        return source.length() <= SOURCE_MAX ? source : source.substring(0, SOURCE_MAX - 1) + "…";
    }

    private static Map<String, Long> zeros(List<String> keys) {
        Map<String, Long> counts = new LinkedHashMap<>();
        keys.forEach(key -> counts.put(key, 0L));
        return counts;
    }
}
