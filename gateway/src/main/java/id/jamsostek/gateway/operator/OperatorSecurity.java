package id.jamsostek.gateway.operator;

import id.jamsostek.gateway.edge.InternalPaths;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.net.URI;
import java.util.HashSet;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeReactiveAuthenticationManager;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.logout.RedirectServerLogoutSuccessHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.XorServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Who may call the admin API and open the console (docs/operations/operators.md). Two security chains, each for its
 * paths only, so that the partners' routes pass through untouched: the admin API takes the provider's access tokens
 * (stateless, no session), the console signs in with the provider (oauth2Login, a session, CSRF tokens). Both read the
 * roles from the same claim, refuse with RFC 9457 problems, and count refusals per client address (OperatorRefusals).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class OperatorSecurity {

    static final String CONSOLE = "/console";
    static final String SIGN_IN = CONSOLE + "/oauth2/authorization/" + OperatorIdentityProvider.REGISTRATION;
    /** Where a failed sign-in lands: the console's page saying so (console.SignInPages). */
    static final String SIGN_IN_FAILED = CONSOLE + "/sign-in-failed";
    /** Whoever has none of these is refused everything, on the admin API and in the console alike. */
    static final String[] ANY_ROLE = {"VIEWER", "OPERATOR", "SECURITY_OFFICER"};

    @Bean
    @Order(1)
    SecurityWebFilterChain adminApiSecurity(ServerHttpSecurity http, OperatorIdentityProvider provider,
            OperatorSettings settings, OperatorRefusals refusals) {
        OperatorRoles roles = new OperatorRoles(settings.roleClaim());
        ReactiveJwtAuthenticationConverter tokens = new ReactiveJwtAuthenticationConverter();
        tokens.setJwtGrantedAuthoritiesConverter(jwt -> Flux.fromIterable(roles.authorities(jwt.getClaims())));
        ServerAuthenticationEntryPoint bearer = (exchange, refusal) -> {
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            return refusals.refused(exchange, OperatorRefusals.Reason.UNAUTHENTICATED, Problem.UNAUTHORIZED.status())
                    .then(Mono.error(new GatewayException(Problem.UNAUTHORIZED, "an operator's bearer token from the "
                            + "identity provider, valid and unexpired")));
        };
        return http
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers("/admin/**"))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.GET, "/admin/v1/message-log/**").hasRole("SECURITY_OFFICER")
                        .pathMatchers(HttpMethod.GET, "/admin/**").hasAnyRole(ANY_ROLE)
                        .pathMatchers(HttpMethod.POST, "/admin/v1/outbox/*/redrive",
                                "/admin/v1/payment-exceptions/*/close", "/admin/v1/reconciliations",
                                "/admin/v1/reconciliation-breaks/*/close", "/admin/v1/working-population")
                        .hasRole("OPERATOR")
                        .pathMatchers("/admin/v1/partners/**", "/admin/v1/keys/**").hasRole("SECURITY_OFFICER")
                        .anyExchange().denyAll())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtDecoder(provider.tokenDecoder()).jwtAuthenticationConverter(tokens))
                        .authenticationEntryPoint(bearer)
                        .accessDeniedHandler(denied(refusals)))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(bearer)
                        .accessDeniedHandler(denied(refusals)))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .addFilterAt(refusals.gate(), SecurityWebFiltersOrder.FIRST)
                .build();
    }

    @Bean
    @Order(2)
    SecurityWebFilterChain consoleSecurity(ServerHttpSecurity http, OperatorIdentityProvider provider,
            OperatorSettings settings, OperatorRefusals refusals) {
        ReactiveClientRegistrationRepository operatorClientRegistrations = provider.registrations();
        DefaultServerOAuth2AuthorizationRequestResolver signIn = new DefaultServerOAuth2AuthorizationRequestResolver(
                operatorClientRegistrations, ServerWebExchangeMatchers.pathMatchers(
                        CONSOLE + "/oauth2/authorization/{registrationId}"));
        OidcAuthorizationCodeReactiveAuthenticationManager callback =
                new OidcAuthorizationCodeReactiveAuthenticationManager(
                        new WebClientReactiveAuthorizationCodeTokenResponseClient(),
                        withRoles(new OperatorRoles(settings.roleClaim())));
        RedirectServerAuthenticationSuccessHandler signedIn = new RedirectServerAuthenticationSuccessHandler(CONSOLE);
        RedirectServerAuthenticationFailureHandler signInFailed = new RedirectServerAuthenticationFailureHandler(
                SIGN_IN_FAILED);
        RedirectServerLogoutSuccessHandler signedOut = new RedirectServerLogoutSuccessHandler();
        signedOut.setLogoutSuccessUrl(URI.create(CONSOLE + "/signed-out"));
        return http
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers(CONSOLE, CONSOLE + "/**"))
                .authorizeExchange(exchanges -> ConsoleAuthorization.rules(exchanges.pathMatchers(
                        CONSOLE + "/signed-out", SIGN_IN_FAILED, CONSOLE + "/assets/**").permitAll()))
                .oauth2Login(login -> login
                        .clientRegistrationRepository(operatorClientRegistrations)
                        .authorizationRequestResolver(signIn)
                        .authenticationMatcher(ServerWebExchangeMatchers.pathMatchers(
                                CONSOLE + "/login/oauth2/code/{registrationId}"))
                        .authenticationManager(callback)
                        .authenticationSuccessHandler(signedIn)
                        .authenticationFailureHandler((filterExchange, refusal) -> refusals
                                .refused(filterExchange.getExchange(), OperatorRefusals.Reason.SIGN_IN_FAILED,
                                        HttpStatus.FOUND.value())
                                .then(signInFailed.onAuthenticationFailure(filterExchange, refusal))))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(new RedirectServerAuthenticationEntryPoint(SIGN_IN))
                        .accessDeniedHandler(denied(refusals)))
                .logout(logout -> logout.logoutUrl(CONSOLE + "/logout").logoutSuccessHandler(signedOut))
                // the reconciliation upload is a multipart form: its CSRF token may come as a form field too
                .csrf(csrf -> csrf.csrfTokenRequestHandler(csrfTokens())
                        .accessDeniedHandler((exchange, refused) -> refusals.refused(exchange,
                                        OperatorRefusals.Reason.FORBIDDEN, Problem.CSRF_REFUSED.status())
                                .then(Mono.error(new GatewayException(Problem.CSRF_REFUSED, "a form of a console page"
                                        + " of this session, with its CSRF token")))))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .addFilterAt(refusals.gate(), SecurityWebFiltersOrder.FIRST)
                .build();
    }

    private static XorServerCsrfTokenRequestAttributeHandler csrfTokens() {
        XorServerCsrfTokenRequestAttributeHandler tokens = new XorServerCsrfTokenRequestAttributeHandler();
        tokens.setTokenFromMultipartDataEnabled(true);
        return tokens;
    }

    /**
     * Spring Security's firewall (encoded dot segments, NUL, odd headers: 400) for the operators' paths only; the
     * partners' routes judge such requests themselves and answer with their own problems and SNAP codes.
     */
    @Bean
    ServerWebExchangeFirewall operatorPathsFirewall() {
        StrictServerWebExchangeFirewall strict = new StrictServerWebExchangeFirewall();
        return exchange -> InternalPaths.internal(exchange.getRequest().getPath().value())
                ? strict.getFirewalledExchange(exchange) : Mono.just(exchange);
    }

    /**
     * No observation of the security chains' phases: Spring Security otherwise wraps every request, the partners' as
     * well, in an observation per phase of its chains (two spans and two timers each; 1.5 % of a payment's CPU)
     * although it guards only the operators' paths, which http.server.requests measures like every other. Sign-ins
     * and authorization decisions are still observed.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false).build();
    }

    /** What the firewall refuses is a problem like every other refusal. */
    @Bean
    ServerExchangeRejectedHandler operatorPathsRejected() {
        return (exchange, rejected) -> Mono.error(new GatewayException(Problem.BAD_REQUEST,
                "the request's path or headers are not accepted"));
    }

    /** The provider's OIDC user, with the authorities the role claim of its ID token grants. */
    private static ReactiveOAuth2UserService<OidcUserRequest, OidcUser> withRoles(OperatorRoles roles) {
        OidcReactiveOAuth2UserService users = new OidcReactiveOAuth2UserService();
        return request -> users.loadUser(request).map(user -> {
            Set<GrantedAuthority> authorities = new HashSet<>(roles.authorities(user.getClaims()));
            return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo());
        });
    }

    private static ServerAccessDeniedHandler denied(OperatorRefusals refusals) {
        return (exchange, denied) -> refusals.refused(exchange, OperatorRefusals.Reason.FORBIDDEN,
                        Problem.ROLE_REFUSED.status())
                .then(Mono.error(new GatewayException(Problem.ROLE_REFUSED, "the operator's roles do not allow "
                        + exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath().value())));
    }
}
