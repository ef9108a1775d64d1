package id.jamsostek.gateway.support;

import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpCookie;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.web.server.WebFilter;

/**
 * A stand-in sign-in for the console's tests: the cookie {@value #COOKIE} names a role, and the request runs as
 * {@code it-<role>} with that role's authority, as the identity provider's sign-in would give it. Without the cookie
 * nobody is signed in.
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
            TestingAuthenticationToken signedIn = new TestingAuthenticationToken("it-" + role.getValue(), null,
                    List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                            "ROLE_" + role.getValue().toUpperCase(java.util.Locale.ROOT).replace('-', '_'))));
            return chain.filter(exchange).contextWrite(ReactiveSecurityContextHolder.withAuthentication(signedIn));
        };
    }
}
