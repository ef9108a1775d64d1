package id.jamsostek.gateway.partner;

import id.jamsostek.contracts.RegionCode;
import id.jamsostek.contracts.RegionScope;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;

/**
 * Village administration software, registered as an OAuth2 client.
 *
 * @param clientSecret  for client_secret_basic / client_secret_post; empty if it uses private_key_jwt only
 * @param jwtKey        the key its client assertions are signed with; empty if it uses a secret only
 * @param regions       the region codes it serves: a village, or a district or regency prefix
 */
public record VillagePartner(String id, String name, boolean enabled, String clientId,
        Optional<ClientSecret> clientSecret, Optional<PublicKey> jwtKey, List<RegionScope> regions) {

    public VillagePartner {
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
