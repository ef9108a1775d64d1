package id.jamsostek.core.simulator.employers;

import id.jamsostek.core.simulator.model.Employer;
import id.jamsostek.core.simulator.model.NikAgreement;
import id.jamsostek.core.simulator.participants.FieldError;
import id.jamsostek.core.simulator.tariff.Program;
import id.jamsostek.core.simulator.tariff.Tariffs;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules a registration must meet beyond the contract's schema, each failure one entry, in body order:
 * /nationality, /nik, /birthDate, /startDate, /programs.
 */
final class EmployeeRules {

    static final int MINIMUM_AGE = 15;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final Tariffs tariffs;

    EmployeeRules(Tariffs tariffs) {
        this.tariffs = tariffs;
    }

    List<FieldError> check(EmployeeRegistration registration, Employer employer, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (!COUNTRIES.contains(registration.identity().nationality())) {
            errors.add(new FieldError("/nationality", "is not an ISO 3166-1 country code"));
        }
        if (registration.identity().indonesian()) {
            NikAgreement.problem(registration.identity().nik(), registration.birthDate(), registration.sex())
                    .ifPresent(detail -> errors.add(new FieldError("/nik", detail)));
        }
        // plusYears keeps 29 February births on 28 February: they turn 15 that day
        if (registration.startDate().isBefore(registration.birthDate().plusYears(MINIMUM_AGE))) {
            errors.add(new FieldError("/birthDate", "makes the person younger than " + MINIMUM_AGE + " on startDate"));
        }
        if (registration.startDate().isAfter(today.plusMonths(1))) {
            errors.add(new FieldError("/startDate", "is more than one month after today"));
        }
        if (registration.programs() != null) {
            Set<Program> missing = EnumSet.noneOf(Program.class);
            missing.addAll(requiredPrograms(employer, registration.startDate()));
            missing.removeAll(registration.programs());
            if (!missing.isEmpty()) {
                errors.add(new FieldError("/programs", "misses " + missing.stream().map(Enum::name)
                        .collect(Collectors.joining(", ")) + ", required for a " + employer.scale() + " employer"));
            }
        }
        return errors;
    }

    /**
     * The programs the scale requires in the employee's first billed month: the month of startDate, or of the unit's
     * registration when the employee started earlier (nothing is owed before it).
     */
    Set<Program> requiredPrograms(Employer employer, LocalDate startDate) {
        YearMonth start = YearMonth.from(startDate);
        YearMonth registered = YearMonth.from(employer.registeredOn());
        return tariffs.wageEarners().requiredPrograms(employer.scale(), start.isBefore(registered) ? registered : start);
    }
}
