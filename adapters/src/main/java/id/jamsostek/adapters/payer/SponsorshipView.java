package id.jamsostek.adapters.payer;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.jamsostek.adapters.village.VillageParticipantStatus;

/**
 * A sponsorship as a donor sees it (contracts/payer/schemas/Sponsorship.json, SponsoredParticipant.json): never an
 * unmasked NIK or name.
 *
 * @param toMonth null for a participant enrolled with the donor as payer: every month from fromMonth
 * @param nikMasked on a new sponsorship, the NIK it names, masked; else null (the participant carries it)
 * @param participant on a listing, the participant masked as the village API shows one; else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SponsorshipView(String kpj, String nikMasked, String fromMonth, String toMonth,
        VillageParticipantStatus participant) {
}
