package id.jamsostek.core.simulator.model;

import id.jamsostek.contracts.Nik;
import id.jamsostek.contracts.Sex;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether a NIK is plausible and agrees with the person's birth date and sex: one rule for BPU enrollment and
 * employee registration. The answer names what disagrees, never the number.
 */
public final class NikAgreement {

    private static final int WOMEN_DAY_OFFSET = 40;

    private NikAgreement() {
    }

    /** Empty when the NIK is plausible and agrees; else what is wrong, in words. */
    public static Optional<String> problem(String nik, LocalDate birthDate, Sex sex) {
        Nik parsed;
        try {
            parsed = Nik.of(nik);
        } catch (IllegalArgumentException e) {
            return Optional.of("has an implausible region or birth date");
        }
        boolean sexAgrees = parsed.sex() == sex;
        boolean dateAgrees = encodesBirthDate(nik, birthDate);
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
