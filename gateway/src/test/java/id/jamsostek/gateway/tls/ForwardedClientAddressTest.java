package id.jamsostek.gateway.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The client's address behind a TLS-terminating proxy: from trusted proxies' headers only, never a stranger's. */
class ForwardedClientAddressTest {

    private final ForwardedClientAddress filter = new ForwardedClientAddress(
            new ProxySettings(List.of("10.0.0.0/24", "::1/128")));

    /** What the routes see of a request from {@code from} carrying {@code headers}. */
    private ServerHttpRequest seen(String from, Map<String, String> headers) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.post("/v1.0/transfer-va/payment")
                .remoteAddress(new InetSocketAddress(from, 40000));
        headers.forEach(request::header);
        AtomicReference<ServerWebExchange> passed = new AtomicReference<>();
        filter.filter(MockServerWebExchange.from(request), exchange -> {
            passed.set(exchange);
            return Mono.empty();
        }).block();
        return passed.get().getRequest();
    }

    private static String address(ServerHttpRequest request) {
        return request.getRemoteAddress().getAddress().getHostAddress();
    }

    @Test
    void fromATrustedProxyTheNearestAddressItDidNotAddIsTheClients() {
        assertThat(address(seen("10.0.0.5", Map.of("X-Forwarded-For", "203.0.113.9, 198.51.100.7, 10.0.0.4"))))
                .isEqualTo("198.51.100.7");
        assertThat(address(seen("10.0.0.5", Map.of("Forwarded",
                "for=203.0.113.9;proto=https, for=\"[2001:db8::1]:4711\""))))
                .isEqualTo("2001:db8:0:0:0:0:0:1");
    }

    @Test
    void fromAnyoneElseTheHeadersAreRemovedUnreadAndTheSocketsAddressStands() {
        ServerHttpRequest request = seen("192.0.2.44", Map.of("X-Forwarded-For", "10.1.2.3",
                "Forwarded", "for=10.1.2.3"));

        assertThat(address(request)).isEqualTo("192.0.2.44");
        assertThat(request.getHeaders().containsHeader("X-Forwarded-For")).isFalse();
        assertThat(request.getHeaders().containsHeader("Forwarded")).isFalse();
    }

    @Test
    void aHopThatIsNotAnIpLiteralLeavesTheProxysAddressAndIsNeverLookedUp() {
        assertThat(address(seen("10.0.0.5", Map.of("X-Forwarded-For", "bank.example, 10.0.0.4"))))
                .isEqualTo("10.0.0.5");
        assertThat(ForwardedClientAddress.literal("abc")).isEmpty();
        assertThat(ForwardedClientAddress.literal("unknown")).isEmpty();
        assertThat(ForwardedClientAddress.literal("192.0.2.1:8080")).isPresent();
    }
}
