package id.jamsostek.gateway.partner;

import java.util.List;
import java.util.Set;

/**
 * An employer's HR system or a payroll platform serving many employers.
 *
 * @param grants the employers (NPP and division, or every division of an NPP) it may act for
 */
public record EmployerPlatform(String id, String name, boolean enabled, Set<String> scopes,
        List<EmployerGrant> grants) implements RestPartner {

    /** Every scope of the employer API (contracts/employer/openapi.yaml). */
    public static final Set<String> SCOPES = Set.of("employer.employees", "employer.wages", "employer.bills");

    public EmployerPlatform {
        scopes = Set.copyOf(scopes);
        grants = List.copyOf(grants);
    }

    public boolean mayActFor(String npp, String division) {
        return grants.stream().anyMatch(grant -> grant.covers(npp, division));
    }

    /** Whether it may see every division of the NPP: what it may learn of an employment in any of them. */
    public boolean mayActForEveryDivisionOf(String npp) {
        return grants.stream().anyMatch(grant -> grant.npp().equals(npp) && grant.division().isEmpty());
    }
}
