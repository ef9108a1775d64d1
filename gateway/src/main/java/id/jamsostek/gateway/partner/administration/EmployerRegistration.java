package id.jamsostek.gateway.partner.administration;

import id.jamsostek.gateway.partner.EmployerGrant;
import id.jamsostek.gateway.partner.EmployerPlatform;
import id.jamsostek.gateway.partner.Registrations;
import java.util.List;

/** An employer or payroll platform as an operator registers it. */
public record EmployerRegistration(String id, String name, boolean enabled, ClientRegistration client,
        List<EmployerGrant> grants) {

    public EmployerRegistration {
        Registrations.requireId(id);
        Registrations.requireName(name);
        client = client.within(EmployerPlatform.SCOPES);
        Registrations.require(grants != null && !grants.isEmpty(), "grants",
                "grants needs at least one NPP/division or NPP/*");
        grants = List.copyOf(grants);
    }
}
