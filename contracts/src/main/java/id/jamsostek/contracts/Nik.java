package id.jamsostek.contracts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Nomor Induk Kependudukan, the national ID: province(2) regency(2) district(2) birth date DDMMYY (women: day + 40)
 * serial(4). Personal data: {@link #toString()} is masked and no error message contains the number.
 */
public record Nik(String value) {

    private static final int LENGTH = 16;
    private static final int WOMEN_DAY_OFFSET = 40;

    public Nik {
        Digits.requireExactly(value, LENGTH, "a NIK");
        requirePlausibleRegion(value);
        requireExistingBirthDate(value);
    }

    public static Nik of(String value) {
        return new Nik(value);
    }

    /** The district the NIK was issued in, as a 6-digit scope (province, regency, district). */
    public RegionScope regionPrefix() {
        return RegionScope.of(value.substring(0, 6));
    }

    public Sex sex() {
        return encodedDay() > WOMEN_DAY_OFFSET ? Sex.FEMALE : Sex.MALE;
    }

    /**
     * The birth date. A NIK carries a two-digit year, so the century is resolved as the latest date that is not after
     * {@code reference} (the day the question is asked): someone with year "05" is taken as born in 2005, not 1905. A
     * person aged 100 or more would be resolved a century too late; the agency's own records are the authority there.
     */
    public LocalDate birthDate(LocalDate reference) {
        Objects.requireNonNull(reference, "reference");
        int twoDigitYear = Digits.number(value, 10, 12);
        int century = reference.getYear() / 100 * 100;
        for (int candidateCentury = century; candidateCentury >= century - 200; candidateCentury -= 100) {
            LocalDate candidate = dateIn(value, candidateCentury + twoDigitYear);
            if (candidate != null && !candidate.isAfter(reference)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("the NIK's birth date cannot be resolved against the reference date");
    }

    /** The first 6 and last 2 digits, e.g. "360301********01": enough to tell records apart in a log. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(LENGTH - 2);
    }

    @Override
    public String toString() {
        return masked();
    }

    private int encodedDay() {
        return Digits.number(value, 6, 8);
    }

    /** The birth date in the given year, or null where that day does not exist in it (29 February). */
    private static LocalDate dateIn(String value, int year) {
        int encodedDay = Digits.number(value, 6, 8);
        int day = encodedDay > WOMEN_DAY_OFFSET ? encodedDay - WOMEN_DAY_OFFSET : encodedDay;
        try {
            return LocalDate.of(year, Digits.number(value, 8, 10), day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static void requirePlausibleRegion(String value) {
        // Province codes run from 11 (Aceh) upwards; regency and district codes start at 01.
        if (Digits.number(value, 0, 2) < 11 || Digits.number(value, 2, 4) == 0 || Digits.number(value, 4, 6) == 0) {
            throw new IllegalArgumentException("a NIK must start with a plausible province, regency and district code");
        }
    }

    private static void requireExistingBirthDate(String value) {
        int day = Digits.number(value, 6, 8);
        if (day == 0 || (day > 31 && day <= WOMEN_DAY_OFFSET) || day > WOMEN_DAY_OFFSET + 31) {
            throw new IllegalArgumentException("a NIK's birth day must be 01-31, or 41-71 for women");
        }
        int twoDigitYear = Digits.number(value, 10, 12);
        // The year has no century; accept the date if it exists in either century a living person can be from.
        if (dateIn(value, 2000 + twoDigitYear) == null && dateIn(value, 1900 + twoDigitYear) == null) {
            throw new IllegalArgumentException("a NIK's birth date must be a date that exists");
        }
    }
}
