package id.jamsostek.adapters.employer;

import java.util.List;

/**
 * One employee as a payroll platform registers them (contracts/employer/schemas/EmployeeRegistrationRequest.json),
 * read after the body passed its schema. Personal data: never log it.
 *
 * @param programs empty when the platform leaves them to the employer's business scale
 */
public record EmployeeForm(String nationality, String nik, String passportNo, String fullName, String birthDate,
        String sex, String startDate, String monthlyWage, List<String> programs) {

    public EmployeeForm {
        programs = programs == null ? List.of() : List.copyOf(programs);
    }

    @Override
    public String toString() {
        return "EmployeeForm[nationality=" + nationality + "]";
    }
}
