package id.jamsostek.gateway.operator;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;

/**
 * Which role may do what in the console, by path, as the admin API's rules (OperatorSecurity) say for the same actions:
 * each role may ask for a page; a page that acts puts its path here under the role of the admin call it stands for.
 * Anything not listed is refused, and so is everything to someone signed in without a role: refused here, like every
 * other forbidden request, so that it is audited as refused and counted (OperatorRefusals).
 */
final class ConsoleAuthorization {

    private ConsoleAuthorization() {}

    static AuthorizeExchangeSpec rules(AuthorizeExchangeSpec exchanges) {
        return exchanges
                .pathMatchers(HttpMethod.GET, "/console/message-log/**").hasRole("SECURITY_OFFICER")
                .pathMatchers(HttpMethod.GET, "/console", "/console/**").hasAnyRole(OperatorSecurity.ANY_ROLE)
                .pathMatchers(HttpMethod.POST, "/console/operations/**", "/console/reconciliation/**",
                        "/console/coverage/working-population")
                .hasRole("OPERATOR")
                .pathMatchers(HttpMethod.POST, "/console/partners/**", "/console/keys/**", "/console/message-log/**")
                .hasRole("SECURITY_OFFICER")
                // signing out needs no role: whoever signed in may leave
                .pathMatchers(HttpMethod.POST, "/console/logout").authenticated()
                .anyExchange().denyAll();
    }
}
