package id.jamsostek.core.simulator.participants;

import id.jamsostek.core.simulator.model.NikAgreement;
import id.jamsostek.core.simulator.tariff.Tariffs;
import id.jamsostek.core.simulator.tariff.PayerType;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The program's rules an enrollment must meet beyond the contract's schema, each failure one entry, in the order the
 * contract lists them: /nik, /incomeBand, /programs, /firstMonth.
 */
final class EnrollmentRules {

    private final Tariffs tariffs;

    EnrollmentRules(Tariffs tariffs) {
        this.tariffs = tariffs;
    }

    List<FieldError> check(EnrollmentCommand command, YearMonth currentMonth) {
        List<FieldError> errors = new ArrayList<>();
        NikAgreement.problem(command.nik(), command.birthDate(), command.sex())
                .ifPresent(detail -> errors.add(new FieldError("/nik", detail)));
        if (!tariffs.incomeBands().isBand(command.incomeBand())) {
            errors.add(new FieldError("/incomeBand", "is not a band of the band table in force"));
        }
        tariffs.nonWageEarners().refusalOf(command.programs(), command.firstMonth())
                .ifPresent(detail -> errors.add(new FieldError("/programs", detail)));
        if (command.firstMonth().isBefore(currentMonth)) {
            errors.add(new FieldError("/firstMonth", "is before the current month"));
        }
        // Perisai agents collect from workers who pay for themselves: a budget or a donor is named otherwise
        if (command.agentId() != null && command.payer().type() != PayerType.SELF) {
            errors.add(new FieldError("/payer/type", "is SELF for a worker an agent registers"));
        }
        return errors;
    }
}
