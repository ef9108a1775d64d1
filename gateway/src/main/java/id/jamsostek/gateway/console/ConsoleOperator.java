package id.jamsostek.gateway.console;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import reactor.core.publisher.Mono;

/**
 * The signed-in operator as Spring Security knows it: the name audits carry and the console roles among the
 * authorities. The console reads it, it never signs anyone in.
 */
public record ConsoleOperator(String name, Set<ConsoleRole> roles) {

    public ConsoleOperator {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The authenticated operator of the request, empty when nobody is signed in. */
    static Mono<ConsoleOperator> current() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(SecurityContext::getAuthentication)
                .filter(Authentication::isAuthenticated)
                .map(ConsoleOperator::of);
    }

    static ConsoleOperator of(Authentication authentication) {
        Set<ConsoleRole> roles = EnumSet.noneOf(ConsoleRole.class);
        authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .forEach(authority -> ConsoleRole.named(authority).ifPresent(roles::add));
        return new ConsoleOperator(authentication.getName(), roles);
    }

    public boolean may(ConsoleAction action) {
        return action.allows(roles);
    }

    /** Every action with whether this operator may, for the pages to show or leave out a button. */
    public Map<String, Boolean> permissions() {
        Map<String, Boolean> permissions = new TreeMap<>();
        for (ConsoleAction action : ConsoleAction.values()) {
            permissions.put(action.name(), may(action));
        }
        return permissions;
    }
}
