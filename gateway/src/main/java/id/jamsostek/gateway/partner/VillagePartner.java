package id.jamsostek.gateway.partner;

import id.jamsostek.contracts.RegionCode;
import id.jamsostek.contracts.RegionScope;
import java.util.List;
import java.util.Set;

/**
 * Village administration software.
 *
 * @param regions the region codes it serves: a village, or a district or regency prefix
 */
public record VillagePartner(String id, String name, boolean enabled, Set<String> scopes,
        List<RegionScope> regions) implements RestPartner {

    /** Every scope of the village API (contracts/village/openapi.yaml). */
    public static final Set<String> SCOPES = Set.of("village.enroll", "village.read", "village.bill");

    public VillagePartner {
        scopes = Set.copyOf(scopes);
        regions = List.copyOf(regions);
    }

    /** Scope is decided by the village code of the enrollment, never by the NIK's region digits. */
    public boolean serves(RegionCode village) {
        return regions.stream().anyMatch(scope -> scope.contains(village));
    }

    public boolean serves(RegionScope area) {
        return regions.stream().anyMatch(scope -> scope.contains(area));
    }
}
