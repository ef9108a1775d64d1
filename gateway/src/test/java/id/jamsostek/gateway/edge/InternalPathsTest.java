package id.jamsostek.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** Each listener keeps to its own paths, on a mock exchange: elsewhere a path does not exist. */
class InternalPathsTest {

    private static final int INTERNAL = 8082;
    private static final int PARTNERS = 8080;

    private final InternalPaths filter = filter();

    private static InternalPaths filter() {
        InternalListener listener = mock(InternalListener.class);
        when(listener.port()).thenReturn(INTERNAL);
        return new InternalPaths(listener);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin", "/admin/v1/partners", "/console", "/console/partners", "/assets/console.css",
            "/webjars/htmx.min.js"})
    void servesTheAdminApiTheConsoleAndTheirAssetsOnTheInternalListener(String path) {
        assertPassesOn(INTERNAL, path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1.0/transfer-va/payment", "/village/v1/enrollments", "/oauth2/token", "/"})
    void knowsNoPartnerPathOnTheInternalListener(String path) {
        assertNotFoundOn(INTERNAL, path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin", "/admin/v1/partners", "/console", "/console/partners"})
    void knowsNoAdminOrConsolePathOnThePartnersPort(String path) {
        assertNotFoundOn(PARTNERS, path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1.0/transfer-va/payment", "/village/v1/enrollments", "/administrator",
            "/consoles", "/assets/site.css"})
    void servesEverythingElseOnThePartnersPort(String path) {
        assertPassesOn(PARTNERS, path);
    }

    private void assertPassesOn(int port, String path) {
        AtomicBoolean passed = new AtomicBoolean();
        StepVerifier.create(filter.filter(exchange(port, path), chain(passed))).verifyComplete();
        assertThat(passed).as(path + " on " + port).isTrue();
    }

    private void assertNotFoundOn(int port, String path) {
        AtomicBoolean passed = new AtomicBoolean();
        StepVerifier.create(filter.filter(exchange(port, path), chain(passed)))
                .expectErrorSatisfies(error -> assertThat(((GatewayException) error).problem())
                        .isEqualTo(Problem.NOT_FOUND))
                .verify();
        assertThat(passed).as(path + " on " + port).isFalse();
    }

    private static WebFilterChain chain(AtomicBoolean passed) {
        return exchange -> Mono.fromRunnable(() -> passed.set(true));
    }

    private static MockServerWebExchange exchange(int port, String path) {
        return MockServerWebExchange.from(MockServerHttpRequest.get(path)
                .localAddress(new InetSocketAddress("127.0.0.1", port)));
    }
}
