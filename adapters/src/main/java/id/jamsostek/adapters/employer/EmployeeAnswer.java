package id.jamsostek.adapters.employer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An employee as the employer API shows them (contracts/employer/schemas/Employee.json): the NIK (citizens) or the
 * passport number (anyone else) masked, never both.
 */
public record EmployeeAnswer(String kpj, String npp, String division, String nationality,
        @JsonInclude(JsonInclude.Include.NON_NULL) String nikMasked,
        @JsonInclude(JsonInclude.Include.NON_NULL) String passportNoMasked,
        String fullName, String startDate, String monthlyWage, List<String> programs, String status, String endDate) {}
