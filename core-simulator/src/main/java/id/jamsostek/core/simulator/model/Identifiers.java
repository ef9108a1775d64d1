package id.jamsostek.core.simulator.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Minimal structural checks of the agency's identifiers (domain.md section 3). The contracts module is getting the
 * canonical records (Nik, Kpj, Npp); switch to them once they are there.
 */
public final class Identifiers {

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private Identifiers() {
    }

    public static String requireDigits(String value, int minLength, int maxLength, String what) {
        if (value == null || !DIGITS.matcher(value).matches() || value.length() < minLength || value.length() > maxLength) {
            String length = minLength == maxLength ? String.valueOf(minLength) : minLength + "-" + maxLength;
            throw new IllegalArgumentException(what + " must be " + length + " digits");
        }
        return value;
    }

    /** 16 digits whose birth-date part (women: day + 40) is a real date matching the person's birth date. */
    public static String requireNik(String nik, LocalDate birthDate) {
        requireDigits(nik, 16, 16, "NIK");
        int day = Integer.parseInt(nik.substring(6, 8));
        int month = Integer.parseInt(nik.substring(8, 10));
        int yearOfCentury = Integer.parseInt(nik.substring(10, 12));
        int dayOfBirth = day > 40 ? day - 40 : day;
        try {
            LocalDate.of(birthDate.getYear(), month, dayOfBirth);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("NIK holds no valid birth date", e);
        }
        if (dayOfBirth != birthDate.getDayOfMonth() || month != birthDate.getMonthValue()
                || yearOfCentury != birthDate.getYear() % 100) {
            throw new IllegalArgumentException("NIK birth date does not match the person's birth date");
        }
        return nik;
    }

    /** Keeps the last four characters: for logs, which never carry an identifier of a person in clear. */
    public static String masked(String value) {
        if (value == null || value.length() <= 4) {
            return "****";
        }
        return "*".repeat(value.length() - 4) + value.substring(value.length() - 4);
    }
}
