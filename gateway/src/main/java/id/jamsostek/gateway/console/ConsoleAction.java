package id.jamsostek.gateway.console;

import java.util.EnumSet;
import java.util.Set;

/** What can be done in the console, and which roles may. */
public enum ConsoleAction {
    READ(EnumSet.allOf(ConsoleRole.class)),
    REDRIVE(EnumSet.of(ConsoleRole.OPERATOR)),
    CLOSE_EXCEPTION(EnumSet.of(ConsoleRole.OPERATOR)),
    RECONCILE(EnumSet.of(ConsoleRole.OPERATOR)),
    MANAGE_PARTNERS(EnumSet.of(ConsoleRole.SECURITY_OFFICER)),
    VERIFY_MESSAGE_LOG(EnumSet.of(ConsoleRole.SECURITY_OFFICER));

    private final Set<ConsoleRole> allowed;

    ConsoleAction(Set<ConsoleRole> allowed) {
        this.allowed = allowed;
    }

    boolean allows(Set<ConsoleRole> roles) {
        return roles.stream().anyMatch(allowed::contains);
    }
}
