package id.jamsostek.adapters.core;

import id.jamsostek.contracts.Money;
import id.jamsostek.contracts.Program;
import id.jamsostek.contracts.Sex;
import java.time.LocalDate;
import java.util.List;

/**
 * A wage earner to register with an employer unit (contracts/core EmployeeRegistration). Holds personal data: never
 * log it.
 *
 * @param nationality ISO 3166-1 alpha-2, "ID" for Indonesians
 * @param nik an Indonesian's NIK; null for anyone else
 * @param passportNo a foreigner's passport number; null for Indonesians
 * @param programs the programs asked for; empty to leave it to the business scale (nothing sent)
 */
public record EmployeeRegistration(String nationality, String nik, String passportNo, String fullName,
        LocalDate birthDate, Sex sex, LocalDate startDate, Money monthlyWage, List<Program> programs) {

    public EmployeeRegistration {
        programs = List.copyOf(programs);
    }

    @Override
    public String toString() {
        return "EmployeeRegistration[nationality=" + nationality + ", start=" + startDate + ", programs=" + programs
                + "]";
    }
}
