package id.jamsostek.adapters.village;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One person as village software enrolls them (contracts/village/schemas/EnrollmentRequest.json), read after the
 * body passed its schema; {@code sector} is null when the form leaves it out. Personal data: never log it.
 */
public record VillageEnrollmentForm(
        String nik,
        String fullName,
        String birthDate,
        String sex,
        String villageCode,
        String address,
        String occupation,
        String role,
        String incomeBand,
        List<String> programs,
        Payer payer,
        String sector,
        String firstMonth) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Payer(String type, String donorId) {}

    @Override
    public String toString() {
        return "VillageEnrollmentForm[village=" + villageCode + ", role=" + role + "]";
    }
}
