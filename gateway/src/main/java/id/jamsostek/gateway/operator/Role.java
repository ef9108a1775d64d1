package id.jamsostek.gateway.operator;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an operator may do, as the identity provider's role claim says (docs/operations/operators.md). Each role
 * reads; the others do not include each other: whoever re-drives and closes is not whoever changes partners' keys.
 */
public enum Role {
    /** Reads the admin API and the console: queues, figures, partners, runs. */
    VIEWER("viewer"),
    /** Re-drives dead letters, closes payment exceptions and reconciliation breaks, uploads reconciliations. */
    OPERATOR("operator"),
    /** Registers and changes partners, rotates their credentials and the gateway's keys, verifies the message log. */
    SECURITY_OFFICER("security-officer");

    private final String claimValue;

    Role(String claimValue) {
        this.claimValue = claimValue;
    }

    /** The value of the role claim that grants it. */
    public String claimValue() {
        return claimValue;
    }

    /** Its Spring Security authority, ROLE_VIEWER, ROLE_OPERATOR, ROLE_SECURITY_OFFICER. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> ofClaimValue(String value) {
        return Arrays.stream(values()).filter(role -> role.claimValue.equals(value)).findFirst();
    }

    public static Optional<Role> ofAuthority(String authority) {
        return Arrays.stream(values()).filter(role -> role.authority().equals(authority)).findFirst();
    }
}
