package id.jamsostek.gateway.partner;

import java.util.Set;

/**
 * A partner of the REST APIs, an OAuth2 client of the gateway: village software, an employer platform, or a donor's or
 * agent's software.
 */
public sealed interface RestPartner permits VillagePartner, EmployerPlatform, PayerPartner {

    String id();

    String name();

    boolean enabled();

    /** The OAuth2 scopes it is registered for: what it may ask for at the token endpoint. */
    Set<String> scopes();
}
