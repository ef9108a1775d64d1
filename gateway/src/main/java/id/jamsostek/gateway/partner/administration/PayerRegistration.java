package id.jamsostek.gateway.partner.administration;

import id.jamsostek.gateway.partner.PayerPartner;
import id.jamsostek.gateway.partner.Registrations;
import java.util.Objects;

/** A donor's or a Perisai agent's software as an operator registers it, with its id in the agency's register. */
public record PayerRegistration(String id, String name, boolean enabled, ClientRegistration client,
        PayerPartner.Kind kind, String payerId) {

    public PayerRegistration {
        Registrations.requireId(id);
        Registrations.requireName(name);
        Registrations.require(kind != null, "kind", "kind is DONOR or AGENT");
        client = client.within(Objects.requireNonNull(kind).scopes());
        PayerPartner.requirePayerId(payerId);
    }
}
