package id.jamsostek.gateway.operator;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Reads the roles out of a token's claims: the claim that OperatorSettings.roleClaim names, a list of strings or one
 * string of space-separated values; values that are no {@link Role} are ignored.
 */
public final class OperatorRoles {

    private final String[] path;

    public OperatorRoles(String roleClaim) {
        this.path = roleClaim.split("\\.");
    }

    public Set<Role> roles(Map<String, Object> claims) {
        Object value = claims;
        for (String step : path) {
            value = value instanceof Map<?, ?> map ? map.get(step) : null;
        }
        Collection<?> values = switch (value) {
            case Collection<?> collection -> collection;
            case String string -> List.of(string.split(" "));
            case null, default -> List.of();
        };
        Set<Role> roles = EnumSet.noneOf(Role.class);
        values.forEach(item -> Role.ofClaimValue(String.valueOf(item)).ifPresent(roles::add));
        return roles;
    }

    public Set<GrantedAuthority> authorities(Map<String, Object> claims) {
        return roles(claims).stream().map(role -> new SimpleGrantedAuthority(role.authority()))
                .collect(Collectors.toUnmodifiableSet());
    }
}
