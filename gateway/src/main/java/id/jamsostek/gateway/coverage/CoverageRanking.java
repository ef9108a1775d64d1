package id.jamsostek.gateway.coverage;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.jamsostek.adapters.core.Deadline;
import id.jamsostek.adapters.village.VillageCoverageSummary;
import id.jamsostek.contracts.RegionScope;
import id.jamsostek.gateway.population.OfficialPopulation;
import id.jamsostek.gateway.region.RegionList;
import id.jamsostek.gateway.village.CoverageFigures;
import id.jamsostek.gateway.village.WorkingPopulation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Provinces and regencies ranked by coverage of their working population, as the Paritrana Award compares them:
 * only regions with a working-population figure (the stand-in's or an uploaded official one) can be ranked; equal coverage shares a rank. Counted from the core
 * once per province and kept for {@link #FRESH_FOR}, so that the public page costs the core little.
 */
@Component
public class CoverageRanking {

    /** How long a month's ranking is served before it is counted again; also the page's max-age. */
    public static final Duration FRESH_FOR = Duration.ofMinutes(5);
    private static final Duration CORE_BUDGET = Duration.ofSeconds(15);
    private static final int CONCURRENCY = 4;

    private final CoverageFigures figures;
    private final WorkingPopulation population;
    private final OfficialPopulation official;
    private final RegionList regions;
    private final AsyncCache<YearMonth, Ranking> rankings = Caffeine.newBuilder().expireAfterWrite(FRESH_FOR)
            .maximumSize(36).buildAsync();

    public CoverageRanking(CoverageFigures figures, WorkingPopulation population, OfficialPopulation official,
            RegionList regions) {
        this.figures = figures;
        this.population = population;
        this.official = official;
        this.regions = regions;
    }

    /**
     * One region's place: aggregates only, nobody's personal data; populationStatus says whether its working
     * population is official or the synthetic stand-in (contracts/village CoverageSummary.populationStatus).
     */
    public record Ranked(int rank, String code, String name, BigDecimal coveragePercent, long activeParticipants,
            long workingPopulation, String populationStatus) {}

    public record Ranking(String month, List<Ranked> provinces, List<Ranked> regencies) {}

    public Mono<Ranking> of(YearMonth month) {
        return Mono.fromFuture(() -> rankings.get(month, (key, executor) -> count(key).toFuture()));
    }

    private Mono<Ranking> count(YearMonth month) {
        Deadline deadline = Deadline.in(CORE_BUDGET);
        return Flux.fromIterable(population.regionsWithFigures(2)).concatWith(official.provinces()).distinct()
                .flatMap(province -> figures.breakdown(RegionScope.of(province), month, deadline), CONCURRENCY)
                .collectList()
                .map(breakdowns -> new Ranking(month.toString(),
                        ranked(breakdowns.stream().map(CoverageFigures.Breakdown::whole).toList()),
                        ranked(breakdowns.stream().flatMap(breakdown -> breakdown.parts().stream()).toList())));
    }

    private List<Ranked> ranked(List<VillageCoverageSummary> summaries) {
        List<VillageCoverageSummary> rankable = summaries.stream()
                .filter(summary -> summary.coveragePercent() != null)
                .sorted(Comparator.comparing(VillageCoverageSummary::coveragePercent).reversed()
                        .thenComparing(VillageCoverageSummary::region))
                .toList();
        List<Ranked> ranked = new ArrayList<>();
        for (int index = 0; index < rankable.size(); index++) {
            VillageCoverageSummary summary = rankable.get(index);
            int rank = index > 0 && summary.coveragePercent().compareTo(rankable.get(index - 1).coveragePercent()) == 0
                    ? ranked.get(index - 1).rank() : index + 1;
            ranked.add(new Ranked(rank, summary.region(), regions.nameOf(summary.region()).orElse(summary.region()),
                    summary.coveragePercent(), summary.activeParticipants(), summary.workingPopulation(),
                    summary.populationStatus()));
        }
        return List.copyOf(ranked);
    }
}
