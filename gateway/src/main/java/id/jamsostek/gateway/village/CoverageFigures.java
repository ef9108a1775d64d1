package id.jamsostek.gateway.village;

import id.jamsostek.adapters.core.Deadline;
import id.jamsostek.adapters.core.EnrollmentClient;
import id.jamsostek.adapters.village.VillageCoverageSummary;
import id.jamsostek.adapters.village.VillageReadTranslator;
import id.jamsostek.contracts.RegionScope;
import id.jamsostek.gateway.region.RegionList;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Coverage of a region for a month: the core's counts per village plus the working population of the reference
 * data. The one way coverage is computed, for the village API, the operators' console and the public page alike, so
 * that they all show the same figures.
 */
@Component
public class CoverageFigures {

    private final EnrollmentClient core;
    private final WorkingPopulation population;
    private final RegionList regions;
    private final VillageReadTranslator translator = new VillageReadTranslator();

    public CoverageFigures(EnrollmentClient core, WorkingPopulation population, RegionList regions) {
        this.core = core;
        this.population = population;
        this.regions = regions;
    }

    /** @param month null for the core's current month */
    public Mono<VillageCoverageSummary> of(RegionScope region, YearMonth month, Deadline deadline) {
        return core.coverage(region.prefix(), month, deadline)
                .map(counts -> translator.toSummary(region, counts, population));
    }

    /**
     * The region and each of its parts one level down (a province's regencies, ..., a district's villages; a village
     * has none), from one count of the core.
     */
    public Mono<Breakdown> breakdown(RegionScope region, YearMonth month, Deadline deadline) {
        return core.coverage(region.prefix(), month, deadline).map(counts -> new Breakdown(
                translator.toSummary(region, counts, population),
                regions.partsOf(region.prefix()).stream()
                        .map(part -> translator.toSummary(RegionScope.of(part), counts, population)).toList()));
    }

    public record Breakdown(VillageCoverageSummary whole, List<VillageCoverageSummary> parts) {}
}
