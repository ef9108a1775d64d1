package id.jamsostek.gateway.village;

import id.jamsostek.adapters.core.Deadline;
import id.jamsostek.adapters.core.EnrollmentClient;
import id.jamsostek.adapters.village.VillageCoverageSummary;
import id.jamsostek.adapters.village.VillageReadTranslator;
import id.jamsostek.contracts.RegionScope;
import id.jamsostek.gateway.population.OfficialFigure;
import id.jamsostek.gateway.population.OfficialPopulation;
import id.jamsostek.gateway.region.RegionList;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Coverage of a region for a month: the core's counts per village plus the working population of the reference
 * data, where operators uploaded official figures those in place of the synthetic stand-in. The one way coverage is computed, for the village API, the operators' console and the public page alike, so
 * that they all show the same figures.
 */
@Component
public class CoverageFigures {

    private final EnrollmentClient core;
    private final WorkingPopulation population;
    private final OfficialPopulation official;
    private final RegionList regions;
    private final VillageReadTranslator translator = new VillageReadTranslator();

    public CoverageFigures(EnrollmentClient core, WorkingPopulation population, OfficialPopulation official,
            RegionList regions) {
        this.core = core;
        this.population = population;
        this.official = official;
        this.regions = regions;
    }

    /** @param month null for the core's current month */
    public Mono<VillageCoverageSummary> of(RegionScope region, YearMonth month, Deadline deadline) {
        return Mono.zip(core.coverage(region.prefix(), month, deadline), official.within(region.prefix()))
                .map(both -> translator.toSummary(region, both.getT1(),
                        reference(both.getT2(), both.getT1().month())));
    }

    /**
     * The region and each of its parts one level down (a province's regencies, ..., a district's villages; a village
     * has none), from one count of the core.
     */
    public Mono<Breakdown> breakdown(RegionScope region, YearMonth month, Deadline deadline) {
        return Mono.zip(core.coverage(region.prefix(), month, deadline), official.within(region.prefix()))
                .map(both -> {
                    WorkingPopulation reference = reference(both.getT2(), both.getT1().month());
                    return new Breakdown(translator.toSummary(region, both.getT1(), reference),
                            regions.partsOf(region.prefix()).stream().map(part -> translator
                                    .toSummary(RegionScope.of(part), both.getT1(), reference)).toList());
                });
    }

    private WorkingPopulation reference(List<OfficialFigure> uploaded, YearMonth month) {
        return population.withOfficial(uploaded, month);
    }

    public record Breakdown(VillageCoverageSummary whole, List<VillageCoverageSummary> parts) {}
}
