package id.jamsostek.gateway.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.jamsostek.contracts.RegionScope;
import id.jamsostek.gateway.caller.Caller;
import id.jamsostek.gateway.caller.EmployerCaller;
import id.jamsostek.gateway.caller.VillageCaller;
import id.jamsostek.gateway.edge.UnauthenticatedPool;
import id.jamsostek.gateway.edge.UnauthenticatedPoolSettings;
import id.jamsostek.gateway.oauth.PartnerTokens.Subject;
import id.jamsostek.gateway.partner.EmployerGrant;
import id.jamsostek.gateway.partner.EmployerPlatform;
import id.jamsostek.gateway.partner.OAuthClient;
import id.jamsostek.gateway.partner.RestPartner;
import id.jamsostek.gateway.partner.RestPartners;
import id.jamsostek.gateway.partner.VillagePartner;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.gateway.tls.ClientCertificateCheck;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** A REST partner's Bearer token on a mock exchange, with what the token says and the registry holds given. */
class PartnerBearerGatewayFilterFactoryTest {

    private static final VillagePartner VILLAGE = new VillagePartner("sid-x", "SID X", true,
            Set.of("village.enroll", "village.read"), List.of(RegionScope.of("3603")));
    private static final EmployerPlatform PLATFORM = new EmployerPlatform("payroll-x", "Payroll X", true,
            EmployerPlatform.SCOPES, List.of(EmployerGrant.of("19012345/*")));

    private final PartnerTokens tokens = mock(PartnerTokens.class);
    private final RestPartners partners = mock(RestPartners.class);
    private final ClientCertificateCheck certificates = mock(ClientCertificateCheck.class);
    private final AtomicBoolean passedOn = new AtomicBoolean();

    @BeforeEach
    void registry() {
        when(tokens.subjectOf(anyString())).thenReturn(Mono.empty());
        when(partners.byId(anyString())).thenReturn(Mono.empty());
        when(partners.byId("sid-x")).thenReturn(Mono.<RestPartner>just(VILLAGE));
        when(partners.byId("sid-off")).thenReturn(Mono.<RestPartner>just(new VillagePartner("sid-off", "Off", false,
                VillagePartner.SCOPES, List.of(RegionScope.of("3603")))));
        when(partners.byClientId("ext-payroll")).thenReturn(Mono.just(new OAuthClient(PLATFORM, "ext-payroll",
                Optional.empty(), Optional.empty())));
        when(certificates.require(any(), any(), any())).thenReturn(Mono.empty());
    }

    private GatewayFilter filter(String scope) {
        PartnerBearerGatewayFilterFactory.Config config = new PartnerBearerGatewayFilterFactory.Config();
        config.setScope(scope);
        return new PartnerBearerGatewayFilterFactory(tokens, partners, certificates,
                new UnauthenticatedPool(new UnauthenticatedPoolSettings(256), new SimpleMeterRegistry())).apply(config);
    }

    private MockServerWebExchange request(String token, Subject says) {
        if (says != null) {
            when(tokens.subjectOf(token)).thenReturn(Mono.just(says));
        }
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.post("/village/v1/enrollments");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return MockServerWebExchange.from(request);
    }

    private void passes(GatewayFilter filter, MockServerWebExchange exchange) {
        StepVerifier.create(filter.filter(exchange, e -> Mono.fromRunnable(() -> passedOn.set(true)))).verifyComplete();
        assertThat(passedOn).isTrue();
    }

    private void refuses(GatewayFilter filter, MockServerWebExchange exchange, Problem problem, String challenge) {
        StepVerifier.create(filter.filter(exchange, e -> Mono.fromRunnable(() -> passedOn.set(true))))
                .expectErrorSatisfies(error -> assertThat(((GatewayException) error).problem()).isEqualTo(problem))
                .verify();
        assertThat(passedOn).isFalse();
        assertThat(Caller.of(exchange)).isEmpty();
        assertThat(exchange.getResponse().getHeaders().getFirst("WWW-Authenticate")).contains(challenge);
    }

    @Test
    void aTokenWithTheRoutesScopePutsTheVillageOnTheExchangeAsACallerOfItsKind() {
        MockServerWebExchange exchange = request("t-village",
                new Subject.Partner("sid-x", Set.of("village.enroll"), Optional.empty()));
        passes(filter("village.enroll"), exchange);
        assertThat(VillageCaller.of(exchange)).hasValueSatisfying(caller ->
                assertThat(caller.partner().id()).isEqualTo("sid-x"));
    }

    @Test
    void anExternalIssuersTokenIsMatchedToTheClientRegisteredHere() {
        MockServerWebExchange exchange = request("t-external",
                new Subject.Client("ext-payroll", Set.of("employer.bills"), Optional.empty()));
        passes(filter("employer.bills"), exchange);
        assertThat(EmployerCaller.of(exchange)).hasValueSatisfying(caller ->
                assertThat(caller.platform().id()).isEqualTo("payroll-x"));
    }

    @Test
    void aScopeMustBeBothInTheTokenAndInTheRegistrationAsItIsNow() {
        refuses(filter("village.enroll"), request("t-read",
                new Subject.Partner("sid-x", Set.of("village.read"), Optional.empty())),
                Problem.INSUFFICIENT_SCOPE, "error=\"insufficient_scope\"");
        // the token still says village.bill, but the partner is no longer registered for it
        refuses(filter("village.bill"), request("t-old",
                new Subject.Partner("sid-x", Set.of("village.bill"), Optional.empty())),
                Problem.INSUFFICIENT_SCOPE, "scope=\"village.bill\"");
    }

    @Test
    void noTokenAnUnknownTokenADisabledOrUnknownPartnerAreAllAnInvalidToken() {
        refuses(filter("village.read"), request(null, null), Problem.INVALID_TOKEN, "Bearer");
        refuses(filter("village.read"), request("t-garbage", null), Problem.INVALID_TOKEN, "Bearer");
        refuses(filter("village.read"), request("t-off",
                new Subject.Partner("sid-off", VillagePartner.SCOPES, Optional.empty())), Problem.INVALID_TOKEN, "Bearer");
        refuses(filter("village.read"), request("t-gone",
                new Subject.Partner("sid-gone", VillagePartner.SCOPES, Optional.empty())), Problem.INVALID_TOKEN, "Bearer");
    }

    @Test
    void aConnectionWithoutThePartnersCertificateIsRefusedWithAChallenge() {
        when(certificates.require(any(), any(), any()))
                .thenReturn(Mono.error(new GatewayException(Problem.CLIENT_CERTIFICATE, "client certificate required")));
        refuses(filter("village.read"), request("t-village",
                new Subject.Partner("sid-x", Set.of("village.read"), Optional.empty())),
                Problem.CLIENT_CERTIFICATE, "error=\"invalid_token\"");
    }

    @Test
    void aRouteWithoutAScopeIsNotBuilt() {
        assertThatIllegalArgumentException().isThrownBy(() -> filter(" "));
    }
}
