package id.jamsostek.core.simulator.employers;

import id.jamsostek.contracts.Money;
import id.jamsostek.core.simulator.model.WageEarner;
import id.jamsostek.core.simulator.tariff.Program;
import id.jamsostek.core.simulator.tariff.PayrollLine;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An employer unit's employments and wage reports at one moment. Immutable, so bills and previews read it without a
 * lock; a change makes a new one. When an employment ends and what it earns are derived from the wage reports in
 * force (the highest version of each month), so a corrected report corrects both.
 */
final class Roster {

    static final Roster EMPTY = new Roster(List.of(), new TreeMap<>());

    private final List<WageEarner> employees;
    private final NavigableMap<YearMonth, List<FiledReport>> reports;
    private final Map<WageEarner, WageReport.Leaver> departures;

    private Roster(List<WageEarner> employees, NavigableMap<YearMonth, List<FiledReport>> reports) {
        this.employees = List.copyOf(employees);
        this.reports = reports;
        this.departures = departures(this.employees, reports);
    }

    Roster withEmployee(WageEarner employee) {
        List<WageEarner> more = new ArrayList<>(employees);
        more.add(employee);
        return new Roster(more, reports);
    }

    Roster withReport(YearMonth period, FiledReport report) {
        NavigableMap<YearMonth, List<FiledReport>> more = new TreeMap<>(reports);
        List<FiledReport> versions = new ArrayList<>(more.getOrDefault(period, List.of()));
        versions.add(report);
        more.put(period, List.copyOf(versions));
        return new Roster(employees, more);
    }

    /** As if the month had no report: what a new version of it is checked against. */
    Roster withoutReportOf(YearMonth period) {
        NavigableMap<YearMonth, List<FiledReport>> fewer = new TreeMap<>(reports);
        fewer.remove(period);
        return new Roster(employees, fewer);
    }

    /** In registration order. */
    List<WageEarner> employees() {
        return employees;
    }

    Optional<FiledReport> inForce(YearMonth period) {
        List<FiledReport> versions = reports.get(period);
        return versions == null ? Optional.empty() : Optional.of(versions.getLast());
    }

    /** The leaver entry that ended the employment: the earliest in force not before its start. */
    Optional<WageReport.Leaver> departureOf(WageEarner employee) {
        return Optional.ofNullable(departures.get(employee));
    }

    /** Employed on at least one day of the month. */
    boolean employedIn(WageEarner employee, YearMonth period) {
        return !employee.startDate().isAfter(period.atEndOfMonth())
                && departureOf(employee).map(leaver -> !leaver.endDate().isBefore(period.atDay(1))).orElse(true);
    }

    Optional<WageEarner> employmentIn(String kpj, YearMonth period) {
        return employees.stream().filter(e -> e.kpj().equals(kpj) && employedIn(e, period)).findFirst();
    }

    /**
     * The wage of the month: from the latest report in force, of this month or an earlier one of the same employment,
     * that lists the employee; else the wage registered.
     */
    Money wageOf(WageEarner employee, YearMonth period) {
        for (List<FiledReport> versions : reports.subMap(employee.firstPeriod(), true, period, true)
                .descendingMap().values()) {
            Optional<Money> reported = versions.getLast().wageOf(employee.kpj());
            if (reported.isPresent()) {
                return reported.get();
            }
        }
        return employee.registeredWage();
    }

    /**
     * The month's payroll, ordered by KPJ: everyone employed in it, each in the programs the scale requires (as the
     * function gives them for the month) plus the voluntary ones.
     */
    List<PayrollLine> payroll(YearMonth period, Function<YearMonth, Set<Program>> required) {
        return employees.stream()
                .filter(e -> employedIn(e, period))
                .sorted(Comparator.comparing(WageEarner::kpj))
                .map(e -> new PayrollLine(e.kpj(), wageOf(e, period), programsOf(e, required.apply(period))))
                .toList();
    }

    static Set<Program> programsOf(WageEarner employee, Set<Program> required) {
        Set<Program> programs = EnumSet.noneOf(Program.class);
        programs.addAll(required);
        programs.addAll(employee.voluntaryPrograms());
        return programs;
    }

    private static Map<WageEarner, WageReport.Leaver> departures(List<WageEarner> employees,
            NavigableMap<YearMonth, List<FiledReport>> reports) {
        Map<String, List<WageEarner>> byKpj = employees.stream().collect(Collectors.groupingBy(WageEarner::kpj));
        Map<WageEarner, WageReport.Leaver> ended = new HashMap<>();
        for (List<FiledReport> versions : reports.values()) {
            for (WageReport.Leaver leaver : versions.getLast().report().leavers()) {
                for (WageEarner employee : byKpj.getOrDefault(leaver.kpj(), List.of())) {
                    if (!leaver.endDate().isBefore(employee.startDate())) {
                        ended.merge(employee, leaver, (a, b) -> a.endDate().isAfter(b.endDate()) ? b : a);
                    }
                }
            }
        }
        return ended;
    }
}
