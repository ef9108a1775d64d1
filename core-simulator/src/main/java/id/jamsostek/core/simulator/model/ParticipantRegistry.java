package id.jamsostek.core.simulator.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Employers and participants known to the core. Enrollment (village systems) and employee registration and wage
 * reports (payroll platforms) will write here; today the demo seed and BPU enrollment do.
 */
public final class ParticipantRegistry {

    private final Map<String, Employer> employersByNpp = new ConcurrentHashMap<>();
    private final Map<String, WageEarner> wageEarnersByKpj = new ConcurrentHashMap<>();
    private final Map<String, NonWageEarner> nonWageEarnersByKpj = new ConcurrentHashMap<>();

    public void register(Employer employer) {
        if (employersByNpp.putIfAbsent(employer.npp(), employer) != null) {
            throw new IllegalStateException("employer already registered: " + employer.npp());
        }
    }

    public void register(WageEarner worker) {
        if (!employersByNpp.containsKey(worker.employerNpp())) {
            throw new IllegalStateException("unknown employer " + worker.employerNpp());
        }
        if (wageEarnersByKpj.putIfAbsent(worker.kpj(), worker) != null) {
            throw new IllegalStateException("KPJ already registered: " + Identifiers.masked(worker.kpj()));
        }
    }

    public void register(NonWageEarner participant) {
        if (nonWageEarnersByKpj.putIfAbsent(participant.kpj(), participant) != null) {
            throw new IllegalStateException("KPJ already registered: " + Identifiers.masked(participant.kpj()));
        }
    }

    public Optional<Employer> employer(String npp) {
        return Optional.ofNullable(employersByNpp.get(npp));
    }

    public List<WageEarner> employeesOf(String npp) {
        return wageEarnersByKpj.values().stream().filter(w -> w.employerNpp().equals(npp)).toList();
    }

    public Optional<NonWageEarner> nonWageEarner(String kpj) {
        return Optional.ofNullable(nonWageEarnersByKpj.get(kpj));
    }
}
