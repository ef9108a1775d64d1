package id.jamsostek.adapters.core;

import id.jamsostek.contracts.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A person to enroll as a non-wage earner (contracts/core EnrollmentCommand); {@code sector} TRANSPORT or OTHER
 * decides the months of the PP 50/2025 discount. Holds personal data: never log it.
 */
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
        String sector,
        YearMonth firstMonth,
        String channel,
        String partnerId) {

    /** Who pays the contributions: SELF, VILLAGE_BUDGET, REGENCY_BUDGET, or DONOR with its id. */
    public record Payer(String type, String donorId) {}

    public Enrollment {
        programs = List.copyOf(programs);
        Objects.requireNonNull(sector, "sector");
    }

    @Override
    public String toString() {
        return "Enrollment[village=" + villageCode + ", role=" + role + ", programs=" + programs + ", sector=" + sector
                + "]";
    }
}
