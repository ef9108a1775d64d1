package id.jamsostek.gateway.partner.administration;

import id.jamsostek.contracts.RegionScope;
import id.jamsostek.gateway.partner.Registrations;
import id.jamsostek.gateway.partner.VillagePartner;
import java.util.List;

/** A village partner as an operator registers it. */
public record VillageRegistration(String id, String name, boolean enabled, ClientRegistration client,
        List<RegionScope> regions) {

    public VillageRegistration {
        Registrations.requireId(id);
        Registrations.requireName(name);
        client = client.within(VillagePartner.SCOPES);
        Registrations.require(regions != null && !regions.isEmpty(), "regions",
                "regions needs at least one region code or prefix");
        regions = List.copyOf(regions);
    }
}
