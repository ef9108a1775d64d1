package id.jamsostek.core.simulator.participants;

import id.jamsostek.contracts.Nik;
import id.jamsostek.core.simulator.tariff.Tariffs;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The program's rules an enrollment must meet beyond the contract's schema, each failure one entry, in the order the
 * contract lists them: /nik, /incomeBand, /programs, /firstMonth.
 */
final class EnrollmentRules {

    private static final int WOMEN_DAY_OFFSET = 40;
    private final Tariffs tariffs;

    EnrollmentRules(Tariffs tariffs) {
        this.tariffs = tariffs;
    }

    List<FieldError> check(EnrollmentCommand command, YearMonth currentMonth) {
        List<FieldError> errors = new ArrayList<>();
        nikProblem(command).ifPresent(detail -> errors.add(new FieldError("/nik", detail)));
        if (!tariffs.incomeBands().isBand(command.incomeBand())) {
            errors.add(new FieldError("/incomeBand", "is not a band of the band table in force"));
        }
        tariffs.nonWageEarners().refusalOf(command.programs(), command.firstMonth())
                .ifPresent(detail -> errors.add(new FieldError("/programs", detail)));
        if (command.firstMonth().isBefore(currentMonth)) {
            errors.add(new FieldError("/firstMonth", "is before the current month"));
        }
        return errors;
    }

    private static Optional<String> nikProblem(EnrollmentCommand command) {
        Nik nik;
        try {
            nik = Nik.of(command.nik());
        } catch (IllegalArgumentException e) {
            return Optional.of("has an implausible region or birth date");
        }
        boolean sexAgrees = nik.sex() == command.sex();
        boolean dateAgrees = encodesBirthDate(command.nik(), command.birthDate());
        if (!sexAgrees && !dateAgrees) {
            return Optional.of("does not agree with birthDate nor with sex");
        }
        if (!dateAgrees) {
            return Optional.of("does not agree with birthDate");
        }
        if (!sexAgrees) {
            return Optional.of("does not agree with sex (women's day of birth is written plus 40)");
        }
        return Optional.empty();
    }

    /** The DDMMYY part, women's day less 40, against the birth date (the sex is checked apart). */
    private static boolean encodesBirthDate(String nik, LocalDate birthDate) {
        int day = Integer.parseInt(nik.substring(6, 8));
        int month = Integer.parseInt(nik.substring(8, 10));
        int yearOfCentury = Integer.parseInt(nik.substring(10, 12));
        int dayOfBirth = day > WOMEN_DAY_OFFSET ? day - WOMEN_DAY_OFFSET : day;
        return dayOfBirth == birthDate.getDayOfMonth() && month == birthDate.getMonthValue()
                && yearOfCentury == birthDate.getYear() % 100;
    }
}
