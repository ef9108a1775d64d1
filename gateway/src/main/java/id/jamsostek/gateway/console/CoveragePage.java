package id.jamsostek.gateway.console;

import id.jamsostek.adapters.core.CoverageCounts;
import id.jamsostek.adapters.core.Deadline;
import id.jamsostek.adapters.village.VillageCoverageSummary;
import id.jamsostek.contracts.RegionScope;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.gateway.region.RegionList;
import id.jamsostek.gateway.village.CoverageFigures;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Coverage, drilled down from the provinces to a village: the share of the working population covered month by
 * month, who pays for the enrolled, who lapses this month, and the parts one level down, all computed by
 * {@link CoverageFigures} as the village API computes them.
 */
@Component
class CoveragePage {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    /** How many months the trend shows, the chosen one last. */
    static final int TREND_MONTHS = 6;
    private static final Duration CORE_BUDGET = Duration.ofSeconds(10);
    private static final Pattern REGION = Pattern.compile("[0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{10}");
    /** Calls to the core at once when every province is counted. */
    private static final int CONCURRENCY = 4;

    private final CoverageFigures figures;
    private final RegionList regions;
    private final MessageSource messages;
    private final JsonMapper json;

    CoveragePage(CoverageFigures figures, RegionList regions, MessageSource messages, JsonMapper json) {
        this.figures = figures;
        this.regions = regions;
        this.messages = messages;
        this.json = json;
    }

    /** A part's line: its code, name and figures. */
    record Part(String code, String name, VillageCoverageSummary figures) {}

    record Crumb(String code, String name) {}

    record MonthFigure(String month, BigDecimal coveragePercent, long activeParticipants, Long workingPopulation) {}

    Mono<ServerResponse> show(ServerRequest request) {
        String region = request.queryParam("region").filter(code -> !code.isBlank()).orElse("");
        if (!region.isEmpty() && (!REGION.matcher(region).matches() || !regions.knows(RegionScope.of(region)))) {
            return Mono.error(new GatewayException(Problem.NOT_FOUND, "no such region"));
        }
        YearMonth month = month(request);
        Locale locale = request.exchange().getLocaleContext().getLocale();
        Deadline deadline = Deadline.in(CORE_BUDGET);
        if (region.isEmpty()) {
            return Flux.fromIterable(regions.partsOf(""))
                    .flatMapSequential(code -> figures.of(RegionScope.of(code), month, deadline), CONCURRENCY)
                    .map(this::part).collectList()
                    .flatMap(parts -> ConsoleResponses.page(request, "console/coverage", model(region, month, null,
                            parts, List.of(), locale, uploaded(request))));
        }
        RegionScope scope = RegionScope.of(region);
        Mono<List<MonthFigure>> trend = Flux.range(0, TREND_MONTHS)
                .map(back -> month.minusMonths(TREND_MONTHS - 1 - back))
                .flatMapSequential(each -> figures.of(scope, each, deadline), CONCURRENCY)
                .map(summary -> new MonthFigure(summary.month(), summary.coveragePercent(),
                        summary.activeParticipants(), summary.workingPopulation()))
                .collectList();
        return figures.breakdown(scope, month, deadline).zipWith(trend)
                .flatMap(both -> ConsoleResponses.page(request, "console/coverage", model(region, month,
                        both.getT1().whole(), both.getT1().parts().stream().map(this::part).toList(), both.getT2(),
                        locale, uploaded(request))));
    }

    private Part part(VillageCoverageSummary summary) {
        return new Part(summary.region(), regions.nameOf(summary.region()).orElse(summary.region()), summary);
    }

    private Map<String, Object> model(String region, YearMonth month, VillageCoverageSummary whole, List<Part> parts,
            List<MonthFigure> trend, Locale locale, String uploaded) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("uploaded", uploaded);
        model.put("region", region);
        model.put("name", region.isEmpty() ? null : regions.nameOf(region).orElse(region));
        model.put("month", month.toString());
        model.put("trail", trail(region));
        model.put("whole", whole);
        model.put("lapsing", whole == null ? null : lapsing(whole));
        model.put("parts", parts);
        model.put("trend", trend);
        model.put("charts", charts(whole, parts, trend, locale));
        return model;
    }

    /** How many official figures the operator has just uploaded (PopulationUploadPage), else null. */
    private static String uploaded(ServerRequest request) {
        return request.queryParam("uploaded").filter(count -> count.matches("[0-9]{1,6}")).orElse(null);
    }

    /** Enrolled non-wage earners whose contributions do not reach this month: they lapse unless paid. */
    static long lapsing(VillageCoverageSummary summary) {
        return summary.enrolled() - summary.activeThisMonth();
    }

    private List<Crumb> trail(String region) {
        List<Crumb> trail = new ArrayList<>();
        for (int length : new int[] {2, 4, 6, 10}) {
            if (region.length() >= length) {
                String code = region.substring(0, length);
                trail.add(new Crumb(code, regions.nameOf(code).orElse(code)));
            }
        }
        return trail;
    }

    /** What the charts draw, as JSON for the page's script: the same figures as the page's tables. */
    private String charts(VillageCoverageSummary whole, List<Part> parts, List<MonthFigure> trend, Locale locale) {
        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put("trend", Map.of(
                "labels", trend.stream().map(MonthFigure::month).toList(),
                "values", trend.stream().map(figure -> number(figure.coveragePercent())).toList()));
        if (whole != null) {
            charts.put("payers", Map.of(
                    "labels", CoverageCounts.PAYERS.stream()
                            .map(payer -> messages.getMessage("payer." + payer, null, payer, locale)).toList(),
                    "values", CoverageCounts.PAYERS.stream()
                            .map(payer -> whole.byPayer().getOrDefault(payer, 0L)).toList()));
        }
        List<Part> withFigures = parts.stream().filter(part -> part.figures().coveragePercent() != null).toList();
        charts.put("parts", Map.of(
                "labels", withFigures.stream().map(Part::name).toList(),
                "values", withFigures.stream().map(part -> number(part.figures().coveragePercent())).toList()));
        return json.writeValueAsString(charts);
    }

    private static Double number(BigDecimal percent) {
        return percent == null ? null : percent.doubleValue();
    }

    static YearMonth month(ServerRequest request) {
        try {
            return request.queryParam("month").filter(value -> !value.isBlank()).map(YearMonth::parse)
                    .orElseGet(() -> YearMonth.now(JAKARTA));
        } catch (DateTimeParseException e) {
            throw new GatewayException(Problem.INVALID_QUERY_PARAMETER, "month is YYYY-MM");
        }
    }
}
