package id.jamsostek.gateway.support;

import id.jamsostek.gateway.operator.Role;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpCookie;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.web.server.WebFilter;

/**
 * A stand-in sign-in for the console's tests of pages: the cookie {@value #COOKIE} names a role's claim value, and the
 * request runs as subject {@code it-<role>} with that role, as the identity provider's sign-in gives it (an OIDC user
 * of the registration {@code operators}). Without the cookie nobody is signed in; ConsoleSignInBrowserIT signs in at
 * the real provider instead.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ConsoleSignIn {

    public static final String COOKIE = "it-console-role";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    WebFilter consoleTestSignIn() {
        return (exchange, chain) -> {
            HttpCookie role = exchange.getRequest().getCookies().getFirst(COOKIE);
            if (role == null) {
                return chain.filter(exchange);
            }
            String subject = "it-" + role.getValue();
            List<SimpleGrantedAuthority> authorities = Role.ofClaimValue(role.getValue())
                    .map(granted -> List.of(new SimpleGrantedAuthority(granted.authority()))).orElse(List.of());
            OidcIdToken token = new OidcIdToken("it-id-token", Instant.now(), Instant.now().plusSeconds(300),
                    Map.of("sub", subject, "preferred_username", subject));
            OAuth2AuthenticationToken signedIn = new OAuth2AuthenticationToken(
                    new DefaultOidcUser(authorities, token), authorities, "operators");
            return chain.filter(exchange).contextWrite(ReactiveSecurityContextHolder.withAuthentication(signedIn));
        };
    }
}
