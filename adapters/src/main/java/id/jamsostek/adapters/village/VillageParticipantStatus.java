package id.jamsostek.adapters.village;

import java.util.List;

/** What village software may see of a participant (contracts/village/schemas/ParticipantStatus.json): masked. */
public record VillageParticipantStatus(String kpj, String nikMasked, String nameMasked, String villageCode,
        String role, VillageEnrollmentForm.Payer payer, List<String> programs, String enrolledAt, String paidUpTo,
        boolean activeThisMonth, String coveredUntil) {}
