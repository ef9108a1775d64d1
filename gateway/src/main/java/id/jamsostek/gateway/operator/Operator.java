package id.jamsostek.gateway.operator;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

/**
 * The operator a request is signed in as: in the console by the session (oauth2Login), on the admin API by the bearer
 * token. The subject is what every audit row records.
 *
 * @param subject the provider's stable id of the person (the principal's name: {@code sub} unless configured)
 * @param name    a name to show ({@code name}, else {@code preferred_username}, else the subject)
 * @param roles   what the role claim granted
 */
public record Operator(String subject, String name, Set<Role> roles) {

    public Operator {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The operator of the current request, from the reactive security context; empty where nobody signed in. */
    public static Mono<Operator> current() {
        return ReactiveSecurityContextHolder.getContext().mapNotNull(SecurityContext::getAuthentication)
                .filter(Authentication::isAuthenticated).mapNotNull(Operator::of);
    }

    /** The operator an authentication stands for, or null when it is none of ours. */
    public static Operator of(Authentication authentication) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        authentication.getAuthorities().forEach(authority -> Role.ofAuthority(authority.getAuthority())
                .ifPresent(roles::add));
        return switch (authentication.getPrincipal()) {
            case OidcUser user -> new Operator(authentication.getName(), shown(user.getFullName(),
                    user.getPreferredUsername(), authentication.getName()), roles);
            case org.springframework.security.oauth2.jwt.Jwt jwt when authentication instanceof JwtAuthenticationToken ->
                    new Operator(authentication.getName(), shown(jwt.getClaimAsString("name"),
                            jwt.getClaimAsString("preferred_username"), authentication.getName()), roles);
            case null, default -> null;
        };
    }

    private static String shown(String name, String username, String subject) {
        if (name != null && !name.isBlank()) {
            return name;
        }
        return username != null && !username.isBlank() ? username : subject;
    }
}
