package id.jamsostek.gateway.console;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an operator is in the console, as the identity provider's claims say: a viewer reads every page, an operator
 * also acts on the operations queues, a security officer manages partners, their credentials and keys, and verifies
 * the message log.
 */
public enum ConsoleRole {
    VIEWER, OPERATOR, SECURITY_OFFICER;

    /**
     * The role a granted authority names, however the sign-in spells it: {@code ROLE_operator},
     * {@code ROLE_SECURITY_OFFICER}, {@code security-officer}.
     */
    static Optional<ConsoleRole> named(String authority) {
        String name = authority.toUpperCase(Locale.ROOT).replace('-', '_');
        String bare = name.startsWith("ROLE_") ? name.substring("ROLE_".length()) : name;
        return Arrays.stream(values()).filter(role -> role.name().equals(bare)).findFirst();
    }
}
