package id.jamsostek.gateway.console;

import id.jamsostek.gateway.operator.Operator;
import id.jamsostek.gateway.operator.Role;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** What can be done in the console, and which roles may (the same as for the admin call each action stands for). */
public enum ConsoleAction {
    REDRIVE(EnumSet.of(Role.OPERATOR)),
    CLOSE_EXCEPTION(EnumSet.of(Role.OPERATOR)),
    RECONCILE(EnumSet.of(Role.OPERATOR)),
    LOAD_POPULATION(EnumSet.of(Role.OPERATOR)),
    MANAGE_PARTNERS(EnumSet.of(Role.SECURITY_OFFICER)),
    VERIFY_MESSAGE_LOG(EnumSet.of(Role.SECURITY_OFFICER));

    private final Set<Role> allowed;

    ConsoleAction(Set<Role> allowed) {
        this.allowed = allowed;
    }

    boolean allows(Operator operator) {
        return operator.roles().stream().anyMatch(allowed::contains);
    }

    /** Every action with whether the operator may, for the pages to show or leave out a button. */
    static Map<String, Boolean> permissions(Operator operator) {
        Map<String, Boolean> permissions = new TreeMap<>();
        for (ConsoleAction action : values()) {
            permissions.put(action.name(), action.allows(operator));
        }
        return permissions;
    }
}
