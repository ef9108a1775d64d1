package id.jamsostek.adapters.core;

import java.time.YearMonth;

/**
 * A donor paying a participant's months from {@code from} to {@code to} (contracts/core Sponsorship).
 *
 * @param to null for a participant enrolled with the donor as payer: every month from its first
 * @param participant the participant, unmasked (personal data), when the core lists it; null on a new sponsorship
 */
public record Sponsorship(String donorId, String kpj, YearMonth from, YearMonth to, ParticipantRecord participant) {

    @Override
    public String toString() {
        return "Sponsorship[donor=" + donorId + ", " + from + ".." + to + "]";
    }
}
