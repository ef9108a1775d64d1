package id.jamsostek.core.simulator.employers;

import id.jamsostek.core.simulator.billing.BusinessClock;
import id.jamsostek.core.simulator.idempotency.IdempotencyRecords.Outcome;
import id.jamsostek.core.simulator.idempotency.IdempotencyRecords;
import id.jamsostek.core.simulator.model.ParticipantRegistry;
import id.jamsostek.core.simulator.model.WageEarner;
import id.jamsostek.core.simulator.participants.FieldError;
import id.jamsostek.core.simulator.problem.CoreProblemException;
import id.jamsostek.core.simulator.problem.ProblemType;
import id.jamsostek.core.simulator.tariff.Program;
import id.jamsostek.core.simulator.tariff.Tariffs;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers wage earners with employer units: checks the rules, refuses a second running employment of one person
 * under one NPP, and gives the person the KPJ they already have (or a new one).
 */
public final class EmployeeRegistrations {

    private static final Logger log = LoggerFactory.getLogger(EmployeeRegistrations.class);

    private final EmployerUnits units;
    private final ParticipantRegistry registry;
    private final BusinessClock clock;
    private final EmployeeRules rules;
    private final IdempotencyRecords<EmployeeRegistration, EmployeeRecord> records = new IdempotencyRecords<>();

    public EmployeeRegistrations(EmployerUnits units, ParticipantRegistry registry, Tariffs tariffs,
            BusinessClock clock) {
        this.units = units;
        this.registry = registry;
        this.clock = clock;
        this.rules = new EmployeeRules(tariffs);
    }

    public Outcome<EmployeeRecord> register(String idempotencyKey, EmployeeRegistration registration) {
        units.require(registration.employer());
        Outcome<EmployeeRecord> outcome = records.once(idempotencyKey, registration,
                () -> registerNew(registration), result -> true);
        if (!outcome.replayed()) {
            log.info("registered {}", outcome.result().employee());
        }
        return outcome;
    }

    /** One at a time: whether the person is employed under the NPP already is checked across its divisions. */
    private synchronized EmployeeRecord registerNew(EmployeeRegistration registration) {
        EmployerUnit unit = units.require(registration.employer());
        List<FieldError> errors = rules.check(registration, unit.employer(), clock.today());
        if (!errors.isEmpty()) {
            throw new CoreProblemException(ProblemType.INVALID_EMPLOYEE,
                    "the registration breaks a rule of the program", Map.of("errors", errors));
        }
        runningEmployment(registration).ifPresent(existing -> {
            throw new CoreProblemException(ProblemType.ALREADY_EMPLOYEE,
                    "the person is employed under this NPP already",
                    Map.of("kpj", existing.kpj(), "division", existing.employer().division().value()));
        });
        WageEarner employee = new WageEarner(registry.kpjFor(registration.identity()), registration.identity(),
                registration.fullName(), registration.birthDate(), registration.sex(), registration.employer(),
                registration.startDate(), registration.monthlyWage(), voluntary(registration, unit));
        unit.change(roster -> new EmployerUnit.Changed<>(null, roster.withEmployee(employee)));
        Set<Program> programs = Roster.programsOf(employee,
                rules.requiredPrograms(unit.employer(), registration.startDate()));
        return new EmployeeRecord(employee, List.copyOf(programs), EmployeeRecord.Status.ACTIVE, null);
    }

    /** Under any division of the NPP: not ended, or ended on or after the new start. */
    private Optional<WageEarner> runningEmployment(EmployeeRegistration registration) {
        for (EmployerUnit unit : units.ofNpp(registration.employer())) {
            Roster roster = unit.roster();
            for (WageEarner employee : roster.employees()) {
                boolean running = roster.departureOf(employee)
                        .map(leaver -> !leaver.endDate().isBefore(registration.startDate()))
                        .orElse(true);
                if (employee.identity().equals(registration.identity()) && running) {
                    return Optional.of(employee);
                }
            }
        }
        return Optional.empty();
    }

    /** What was asked for beyond the scale's required programs; nothing when the body named none. */
    private Set<Program> voluntary(EmployeeRegistration registration, EmployerUnit unit) {
        Set<Program> voluntary = EnumSet.noneOf(Program.class);
        if (registration.programs() != null) {
            voluntary.addAll(registration.programs());
            voluntary.removeAll(rules.requiredPrograms(unit.employer(), registration.startDate()));
        }
        return voluntary;
    }
}
