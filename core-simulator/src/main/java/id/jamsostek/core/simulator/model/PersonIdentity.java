package id.jamsostek.core.simulator.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who a person is to the core: an Indonesian by NIK, anyone else by nationality and passport number. Two records of
 * one identity are one person, who has one KPJ.
 *
 * @param nationality ISO 3166-1 alpha-2, upper case ("ID" for Indonesians)
 * @param nik for Indonesians only (personal data: never logged)
 * @param passportNo for everyone else only
 */
public record PersonIdentity(String nationality, String nik, String passportNo) {

    public static final String INDONESIA = "ID";
    private static final Pattern NATIONALITY = Pattern.compile("[A-Z]{2}");
    private static final Pattern PASSPORT_NO = Pattern.compile("[A-Z0-9]{6,20}");

    public PersonIdentity {
        if (nationality == null || !NATIONALITY.matcher(nationality).matches()) {
            throw new IllegalArgumentException("nationality must be two upper-case letters");
        }
        if (isIndonesian(nationality)) {
            Identifiers.requireDigits(nik, 16, 16, "NIK");
            if (passportNo != null) {
                throw new IllegalArgumentException("an Indonesian is identified by NIK, not by passport");
            }
        } else if (nik != null || passportNo == null || !PASSPORT_NO.matcher(passportNo).matches()) {
            throw new IllegalArgumentException("a foreigner is identified by a passport number of 6-20 letters and digits");
        }
    }

    public static PersonIdentity indonesian(String nik) {
        return new PersonIdentity(INDONESIA, nik, null);
    }

    public static PersonIdentity of(String nationality, String nik, String passportNo) {
        return new PersonIdentity(nationality, nik, passportNo);
    }

    private static boolean isIndonesian(String nationality) {
        return INDONESIA.equals(nationality);
    }

    public boolean indonesian() {
        return isIndonesian(nationality);
    }

    @Override
    public String toString() {
        return "PersonIdentity[" + nationality + " " + Identifiers.masked(Objects.requireNonNullElse(nik, passportNo))
                + "]";
    }
}
