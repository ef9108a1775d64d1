package id.jamsostek.adapters.village;

import java.util.List;

/** One page of a village's participants as village software sees them (contracts/village ParticipantPage): masked. */
public record VillageParticipantPage(List<VillageParticipantStatus> items, int page, int size, long total) {

    public VillageParticipantPage {
        items = List.copyOf(items);
    }
}
