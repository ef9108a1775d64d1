package id.jamsostek.gateway.partner;

import java.util.Set;

/** A partner of the REST APIs, an OAuth2 client of the gateway: village software or an employer platform. */
public sealed interface RestPartner permits VillagePartner, EmployerPlatform {

    String id();

    String name();

    boolean enabled();

    /** The OAuth2 scopes it is registered for: what it may ask for at the token endpoint. */
    Set<String> scopes();
}
