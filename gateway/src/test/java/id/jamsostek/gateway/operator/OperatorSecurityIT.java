package id.jamsostek.gateway.operator;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.TestDatabase;
import id.jamsostek.gateway.support.TestOperators;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.netty.http.client.HttpClient;

/**
 * Operators over real sockets: the console's sign-in at the (demo) identity provider and back, the admin API's
 * bearer tokens with each role allowed and refused by the table of docs/operations/operators.md, the audit of each
 * call under the token's subject, the throttling of an address's refusals, and each listener keeping to its own paths.
 */
class OperatorSecurityIT extends GatewayIntegrationTest {

    /** The tests' limit (TestOperators): far above what every test class refuses 127.0.0.1 in five minutes. */
    @Value("${gateway.operators.max-refusals}")
    int maxRefusals;

    @Value("${local.internal.port}")
    int internalPort;

    /** A client of the internal listener from an address of its own in 127.0.0.0/8: its refusals are its own. */
    private WebTestClient fromOwnAddress() {
        return from(ownAddress());
    }

    private static String ownAddress() {
        return "127.0.0." + ThreadLocalRandom.current().nextInt(2, 250);
    }

    /**
     * An address for a test that refuses it up to the limit: for the window (five minutes, in the run's Redis) it is
     * throttled, so each such test draws from a /24 of its own, apart from the addresses the other tests draw.
     */
    private static String addressToThrottle(int subnet) {
        return "127.0." + subnet + "." + ThreadLocalRandom.current().nextInt(2, 250);
    }

    private WebTestClient from(String address) {
        HttpClient http = HttpClient.create().bindAddress(() -> new InetSocketAddress(address, 0));
        return WebTestClient.bindToServer(new ReactorClientHttpConnector(http))
                .baseUrl("http://127.0.0.1:" + internalPort).responseTimeout(RESPONSE_TIMEOUT).build();
    }

    @Test
    void anOperatorSignsInToTheConsoleAtTheIdentityProviderAndIsKnownByTheSession() {
        WebTestClient console = fromOwnAddress();
        // not signed in: sent to the sign-in, which sends the browser on to the provider
        var first = console.get().uri("/console/me").exchange().expectStatus().isFound()
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/console/oauth2/authorization/operators")
                .returnResult(Void.class);
        String session = sessionOf(first.getResponseHeaders(), null);
        var toProvider = console.get().uri("/console/oauth2/authorization/operators").cookie("SESSION", session)
                .exchange().expectStatus().isFound().returnResult(Void.class);
        session = sessionOf(toProvider.getResponseHeaders(), session);
        URI authorize = toProvider.getResponseHeaders().getLocation();
        assertThat(authorize.toString()).startsWith(TestOperators.provider().issuer() + "/authorize?");
        MultiValueMap<String, String> query = UriComponentsBuilder.fromUri(authorize).build(true).getQueryParams();
        assertThat(query.getFirst("redirect_uri")).isEqualTo(
                "http://127.0.0.1:" + internalPort + "/console/login/oauth2/code/operators");

        // the provider's form, then its answer to the right password: back to the console with a code
        WebTestClient provider = client(TestOperators.provider().issuer());
        assertThat(provider.get().uri(authorize).exchange().expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody()).contains("name=\"password\"", "name=\"state\"");
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        query.forEach((name, values) -> form.add(name, java.net.URLDecoder.decode(values.getFirst(),
                java.nio.charset.StandardCharsets.UTF_8)));
        form.add("username", "demo-operator");
        form.add("password", "wrong");
        // a wrong password: the provider sends the browser back with access_denied, the console says so
        URI denied = provider.post().uri("/authorize").body(BodyInserters.fromFormData(form)).exchange()
                .expectStatus().isFound().returnResult(Void.class).getResponseHeaders().getLocation();
        assertThat(denied.getQuery()).startsWith("error=access_denied&state=");
        console.get().uri(denied).cookie("SESSION", session).exchange().expectStatus().isFound()
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/console/sign-in-failed");
        // and a sign-in starts afresh
        toProvider = console.get().uri("/console/oauth2/authorization/operators").cookie("SESSION", session)
                .exchange().expectStatus().isFound().returnResult(Void.class);
        session = sessionOf(toProvider.getResponseHeaders(), session);
        authorize = toProvider.getResponseHeaders().getLocation();
        query = UriComponentsBuilder.fromUri(authorize).build(true).getQueryParams();
        form.set("state", java.net.URLDecoder.decode(query.getFirst("state"), java.nio.charset.StandardCharsets.UTF_8));
        form.set("nonce", java.net.URLDecoder.decode(query.getFirst("nonce"), java.nio.charset.StandardCharsets.UTF_8));
        form.set("code_challenge", query.getFirst("code_challenge"));
        form.set("password", "operator-demo");
        URI callback = provider.post().uri("/authorize").body(BodyInserters.fromFormData(form)).exchange()
                .expectStatus().isFound().returnResult(Void.class).getResponseHeaders().getLocation();
        assertThat(callback.getPath()).isEqualTo("/console/login/oauth2/code/operators");

        var signedIn = console.get().uri(callback)
                .cookie("SESSION", session).exchange().expectStatus().isFound()
                .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location).startsWith("/console"))
                .returnResult(Void.class);
        session = sessionOf(signedIn.getResponseHeaders(), session);
        console.get().uri("/console/me").cookie("SESSION", session).exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.subject").isEqualTo("demo-operator")
                .jsonPath("$.name").isEqualTo("Oki Operator")
                .jsonPath("$.roles[0]").isEqualTo("operator");

        // the code was spent: the same callback again is a failed sign-in, not a session
        console.get().uri(callback).exchange().expectStatus().isFound()
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/console/sign-in-failed");
        console.get().uri("/console/sign-in-failed").exchange().expectStatus().isUnauthorized()
                .expectBody(String.class).value(page -> assertThat(page).contains("id=\"sign-in-message\""));
        // signing out wants the session's CSRF token; without it nothing happens
        console.post().uri("/console/logout").cookie("SESSION", session).exchange().expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("https://api.jamsostek.example/problems/csrf-refused");
        console.get().uri("/console/me").cookie("SESSION", session).exchange().expectStatus().isOk();
    }

    @Test
    void aBearerTokenOpensNoConsoleSession() {
        WebTestClient console = fromOwnAddress();
        // a bearer token is no session: the console does not take it
        console.get().uri("/console/me").header(HttpHeaders.AUTHORIZATION, "Bearer "
                + TestOperators.token("ops-x", Role.OPERATOR)).exchange().expectStatus().isFound();
    }

    /** Each admin call with the role that may make it, as docs/operations/operators.md lists them. */
    static Stream<Arguments> calls() {
        return Stream.of(
                Arguments.of(HttpMethod.GET, "/admin/v1/operations", List.of(Role.VIEWER, Role.OPERATOR,
                        Role.SECURITY_OFFICER)),
                Arguments.of(HttpMethod.GET, "/admin/v1/outbox/dead", List.of(Role.VIEWER, Role.OPERATOR,
                        Role.SECURITY_OFFICER)),
                Arguments.of(HttpMethod.GET, "/admin/v1/partners", List.of(Role.VIEWER, Role.OPERATOR,
                        Role.SECURITY_OFFICER)),
                Arguments.of(HttpMethod.POST, "/admin/v1/outbox/0/redrive", List.of(Role.OPERATOR)),
                Arguments.of(HttpMethod.POST, "/admin/v1/payment-exceptions/0/close", List.of(Role.OPERATOR)),
                Arguments.of(HttpMethod.POST, "/admin/v1/reconciliation-breaks/0/close", List.of(Role.OPERATOR)),
                Arguments.of(HttpMethod.POST, "/admin/v1/reconciliations?bank=nobody&date=2026-11-01",
                        List.of(Role.OPERATOR)),
                Arguments.of(HttpMethod.POST, "/admin/v1/working-population", List.of(Role.OPERATOR)),
                Arguments.of(HttpMethod.GET, "/admin/v1/working-population/uploads", List.of(Role.VIEWER,
                        Role.OPERATOR, Role.SECURITY_OFFICER)),
                Arguments.of(HttpMethod.POST, "/admin/v1/partners/nobody/disable", List.of(Role.SECURITY_OFFICER)),
                Arguments.of(HttpMethod.PATCH, "/admin/v1/partners/nobody", List.of(Role.SECURITY_OFFICER)),
                Arguments.of(HttpMethod.POST, "/admin/v1/partners/nobody/credentials/rotate",
                        List.of(Role.SECURITY_OFFICER)),
                Arguments.of(HttpMethod.GET, "/admin/v1/keys", List.of(Role.VIEWER, Role.OPERATOR,
                        Role.SECURITY_OFFICER)),
                Arguments.of(HttpMethod.POST, "/admin/v1/keys/kek/reseal?dry", List.of(Role.SECURITY_OFFICER)),
                Arguments.of(HttpMethod.GET, "/admin/v1/message-log/verify?month=2026-13",
                        List.of(Role.SECURITY_OFFICER)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("calls")
    void eachRoleMayMakeItsCallsAndIsRefusedTheOthersWithAProblem(HttpMethod method, String path, List<Role> allowed) {
        WebTestClient admin = fromOwnAddress();
        for (Role role : Role.values()) {
            if (method == HttpMethod.POST && path.contains("reseal") && allowed.contains(role)) {
                continue; // a real re-seal: KeyRotationIT makes it
            }
            WebTestClient.ResponseSpec answer = admin.method(method).uri(path)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestOperators.token("it-" + role, role))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange();
            if (allowed.contains(role)) {
                answer.expectStatus().value(status -> assertThat(status).as(role + " " + method + " " + path)
                        .isNotIn(401, 403, 429));
            } else {
                answer.expectStatus().isForbidden().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .expectBody().jsonPath("$.type")
                        .isEqualTo("https://api.jamsostek.example/problems/role-refused");
            }
        }
    }

    @Test
    void everyAdminCallIsAuditedUnderTheSubjectOfItsToken() {
        String subject = "auditor-" + ThreadLocalRandom.current().nextInt(1_000_000);
        Instant before = Instant.now().minusSeconds(1);
        admin(subject, Role.VIEWER).get().uri("/admin/v1/outbox").exchange().expectStatus().isOk();
        admin(subject, Role.OPERATOR).post().uri("/admin/v1/outbox/0/redrive").exchange().expectStatus().isNotFound();
        assertThat(TestDatabase.text("select string_agg(method || ' ' || path || ' ' || status || ' ' || roles, ', '"
                + " order by id) from operator_action where subject = '" + subject + "' and at >= '" + before + "'"))
                .isEqualTo("GET /admin/v1/outbox 200 viewer, POST /admin/v1/outbox/0/redrive 404 operator");
        // a change of a partner names the subject in the partner's own trail too (PartnerLifecycleIT: ops-lifecycle)
    }

    @Test
    void anAddressWhoseCallsKeepBeingRefusedIsThrottledEvenWithAGoodToken() {
        WebTestClient stranger = from(addressToThrottle(2));
        String good = TestOperators.token("ops-throttled", Role.VIEWER);
        stranger.get().uri("/admin/v1/outbox").header(HttpHeaders.AUTHORIZATION, "Bearer " + good).exchange()
                .expectStatus().isOk();
        for (int refused = 0; refused < maxRefusals; refused++) {
            stranger.get().uri("/admin/v1/outbox").header(HttpHeaders.AUTHORIZATION, "Bearer not-a-token")
                    .exchange().expectStatus().isUnauthorized()
                    .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        stranger.get().uri("/admin/v1/outbox").header(HttpHeaders.AUTHORIZATION, "Bearer " + good).exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.jamsostek.example/problems/too-many-requests")
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("refused"));
        // failed sign-ins count the same way: this address's console is closed as well
        stranger.get().uri("/console/login/oauth2/code/operators?code=x&state=y").exchange()
                .expectStatus().isEqualTo(429);
        // another address is not
        fromOwnAddress().get().uri("/admin/v1/outbox").header(HttpHeaders.AUTHORIZATION, "Bearer " + good)
                .exchange().expectStatus().isOk();
    }

    @Test
    void failedSignInsAreCountedAndThrottled() {
        String address = addressToThrottle(3);
        WebTestClient stranger = from(address);
        Instant before = Instant.now().minusSeconds(1);
        for (int failed = 0; failed < maxRefusals; failed++) {
            stranger.get().uri("/console/login/oauth2/code/operators?code=forged&state=forged").exchange()
                    .expectStatus().isFound()
                    .expectHeader().valueEquals(HttpHeaders.LOCATION, "/console/sign-in-failed");
        }
        stranger.get().uri("/console/oauth2/authorization/operators").exchange().expectStatus().isEqualTo(429);
        assertThat(TestDatabase.text("select count(*) from operator_action where client_address = '" + address
                + "' and refused = 'sign_in_failed' and subject is null and at >= '" + before + "'"))
                .isEqualTo(Integer.toString(maxRefusals));
    }

    @Test
    void refusalsAreAuditedWithTheSubjectIfAnyAndNeitherTheTokenNorTheQuery() {
        String address = ownAddress();
        WebTestClient stranger = from(address);
        Instant before = Instant.now().minusSeconds(1);
        String viewer = TestOperators.token("refused-viewer", Role.VIEWER);
        stranger.get().uri("/admin/v1/outbox").header(HttpHeaders.AUTHORIZATION, "Bearer not-a-token").exchange()
                .expectStatus().isUnauthorized();
        stranger.post().uri("/admin/v1/outbox/7/redrive").header(HttpHeaders.AUTHORIZATION, "Bearer " + viewer)
                .exchange().expectStatus().isForbidden();
        stranger.get().uri("/console/login/oauth2/code/operators?code=the-code&state=the-state").exchange()
                .expectStatus().isFound();
        String rows = TestDatabase.text("select string_agg(coalesce(subject, '-') || ' ' || roles || ' ' || method"
                + " || ' ' || path || ' ' || status || ' ' || refused, ', ' order by id) from operator_action"
                + " where client_address = '" + address + "' and at >= '" + before + "'");
        assertThat(rows).isEqualTo("-  GET /admin/v1/outbox 401 unauthenticated, "
                + "refused-viewer viewer POST /admin/v1/outbox/7/redrive 403 forbidden, "
                + "-  GET /console/login/oauth2/code/operators 302 sign_in_failed");
        assertThat(rows).doesNotContain("not-a-token", viewer, "the-code", "the-state");
    }

    @Test
    void aTokenWithoutAnyRoleOfOursIsRefusedAuditedAndCountedLikeEveryForbiddenCall() {
        String address = addressToThrottle(1);
        WebTestClient stranger = from(address);
        Instant before = Instant.now().minusSeconds(1);
        long now = Instant.now().getEpochSecond();
        String unknownRole = TestOperators.provider().signed(Map.of("iss", TestOperators.provider().issuer(),
                "sub", "ops-unknown-role", "aud", TestOperators.AUDIENCE, "iat", now, "exp", now + 300,
                "roles", List.of("auditor")));
        String noRole = TestOperators.token("ops-no-role");
        for (String token : List.of(unknownRole, noRole)) {
            stranger.get().uri("/admin/v1/outbox").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                    .expectStatus().isForbidden()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo("https://api.jamsostek.example/problems/role-refused");
        }
        assertThat(TestDatabase.text("select string_agg(subject || ' ' || roles || ' ' || method || ' ' || path"
                + " || ' ' || status || ' ' || refused, ', ' order by id) from operator_action"
                + " where client_address = '" + address + "' and at >= '" + before + "'"))
                .isEqualTo("ops-unknown-role  GET /admin/v1/outbox 403 forbidden, "
                        + "ops-no-role  GET /admin/v1/outbox 403 forbidden");
        for (int refused = 2; refused < maxRefusals; refused++) {
            stranger.get().uri("/admin/v1/outbox").header(HttpHeaders.AUTHORIZATION, "Bearer " + noRole).exchange()
                    .expectStatus().isForbidden();
        }
        stranger.get().uri("/admin/v1/outbox")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestOperators.token("ops-after", Role.VIEWER))
                .exchange().expectStatus().isEqualTo(429).expectHeader().exists(HttpHeaders.RETRY_AFTER);
    }

    @Test
    void eachListenerServesOnlyItsOwnPaths() {
        String token = "Bearer " + TestOperators.token("ops-ports", Role.VIEWER);
        web.get().uri("/admin/v1/outbox").header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/console/me").exchange().expectStatus().isNotFound();
        web.get().uri("/console/oauth2/authorization/operators").exchange().expectStatus().isNotFound();
        internal().get().uri("/admin/v1/outbox").header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isOk();
        // the partners' routes and pages are not on the internal listener
        internal().get().uri("/oauth2/jwks").exchange().expectStatus().isNotFound();
        internal().post().uri("/village/v1/enrollments").exchange().expectStatus().isNotFound();
        web.get().uri("/oauth2/jwks").exchange().expectStatus().isOk();
    }

    @Test
    void aTokenOfAnotherIssuerAudienceOrAnExpiredOneIsRefused() {
        WebTestClient admin = fromOwnAddress();
        long now = Instant.now().getEpochSecond();
        Map<String, Object> good = Map.of("iss", TestOperators.provider().issuer(), "sub", "ops-claims",
                "aud", TestOperators.AUDIENCE, "iat", now, "exp", now + 300, "roles", List.of("viewer"));
        assertThat(call(admin, TestOperators.provider().signed(good))).isEqualTo(200);
        assertThat(call(admin, TestOperators.provider().signed(with(good, "exp", now - 120)))).isEqualTo(401);
        assertThat(call(admin, TestOperators.provider().signed(with(good, "aud", "another-api")))).isEqualTo(401);
        assertThat(call(admin, TestOperators.provider().signed(with(good, "iss", "http://elsewhere")))).isEqualTo(401);
        // the shared admin token of before is no token at all
        assertThat(call(admin, "it-admin-token-0123456789")).isEqualTo(401);
    }

    private static int call(WebTestClient admin, String token) {
        return admin.get().uri("/admin/v1/outbox").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .returnResult(Void.class).getStatus().value();
    }

    private static Map<String, Object> with(Map<String, Object> claims, String name, Object value) {
        Map<String, Object> changed = new java.util.HashMap<>(claims);
        changed.put(name, value);
        return changed;
    }

    private static String sessionOf(HttpHeaders headers, String previous) {
        return headers.getOrEmpty(HttpHeaders.SET_COOKIE).stream().filter(cookie -> cookie.startsWith("SESSION="))
                .map(cookie -> cookie.substring("SESSION=".length(), cookie.indexOf(';')))
                .findFirst().orElse(previous);
    }
}
