package id.jamsostek.adapters.core;

import id.jamsostek.contracts.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** A person to enroll as a non-wage earner (contracts/core EnrollmentCommand). Holds personal data: never log it. */
public record Enrollment(
        String nik,
        String fullName,
        LocalDate birthDate,
        String sex,
        String villageCode,
        String address,
        String occupation,
        String role,
        Money incomeBand,
        List<String> programs,
        Payer payer,
        YearMonth firstMonth,
        String channel,
        String partnerId) {

    /** Who pays the contributions: SELF, VILLAGE_BUDGET, REGENCY_BUDGET, or DONOR with its id. */
    public record Payer(String type, String donorId) {}

    public Enrollment {
        programs = List.copyOf(programs);
    }

    @Override
    public String toString() {
        return "Enrollment[village=" + villageCode + ", role=" + role + ", programs=" + programs + "]";
    }
}
