package id.jamsostek.adapters.payer;

import java.util.List;

/**
 * An informal worker as a Perisai agent registers them (contracts/payer/schemas/AgentEnrollmentRequest.json): the
 * village's form without role and payer, since an agent's workers pay for themselves. Personal data: never log it.
 */
public record AgentEnrollmentForm(String nik, String fullName, String birthDate, String sex, String villageCode,
        String address, String occupation, String incomeBand, List<String> programs, String sector,
        String firstMonth) {

    @Override
    public String toString() {
        return "AgentEnrollmentForm[village=" + villageCode + ", sector=" + sector + "]";
    }
}
