package id.jamsostek.gateway.tls;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.support.TestCertificate;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.SslInfo;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The client certificate a TLS-terminating proxy forwards: taken from trusted proxies only, removed from others. */
class ForwardedClientCertificateTest {

    @TempDir
    static Path directory;

    private static TestCertificate forwarded;
    private static TestCertificate direct;

    private final ForwardedClientCertificate filter = new ForwardedClientCertificate(
            new ProxySettings(List.of("10.0.0.0/24", "::1/128")));

    @BeforeAll
    static void certificates() {
        forwarded = TestCertificate.create(directory, "forwarded", "CN=bank-a", null);
        direct = TestCertificate.create(directory, "direct", "CN=bank-b", null);
    }

    private static String rfc9440(TestCertificate certificate) throws Exception {
        return ":" + Base64.getEncoder().encodeToString(certificate.certificate().getEncoded()) + ":";
    }

    /** What the routes see of a request from {@code from} carrying {@code header}. */
    private ServerHttpRequest seen(String from, String header, SslInfo connection) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/v1.0/transfer-va/inquiry")
                .remoteAddress(new InetSocketAddress(from, 40000)).sslInfo(connection);
        if (header != null) {
            request.header(ForwardedClientCertificate.HEADER, header);
        }
        AtomicReference<ServerWebExchange> passed = new AtomicReference<>();
        filter.filter(MockServerWebExchange.from(request), exchange -> {
            passed.set(exchange);
            return Mono.empty();
        }).block();
        return passed.get().getRequest();
    }

    private static Optional<X509Certificate> certificateOf(ServerHttpRequest request) {
        return ClientCertificateCheck.presented(request.getSslInfo());
    }

    @Test
    void aTrustedProxysCertificateBecomesTheRequestsInEitherForm() throws Exception {
        assertThat(certificateOf(seen("10.0.0.7", rfc9440(forwarded), null))).contains(forwarded.certificate());
        String nginx = URLEncoder.encode(forwarded.pem(), StandardCharsets.UTF_8);
        assertThat(certificateOf(seen("::1", nginx, null))).contains(forwarded.certificate());
        assertThat(seen("10.0.0.7", rfc9440(forwarded), null).getHeaders().containsHeader("Client-Cert"))
                .as("read once, not passed on").isFalse();
    }

    @Test
    void anyoneElsesHeaderIsRemovedUnread() throws Exception {
        ServerHttpRequest request = seen("10.0.1.7", rfc9440(forwarded), null);

        assertThat(certificateOf(request)).isEmpty();
        assertThat(request.getHeaders().containsHeader("Client-Cert")).isFalse();
    }

    @Test
    void theConnectionsOwnCertificateWinsAndAMalformedHeaderGivesNone() throws Exception {
        SslInfo presenting = direct.presented();
        assertThat(certificateOf(seen("10.0.0.7", rfc9440(forwarded), presenting))).contains(direct.certificate());
        assertThat(certificateOf(seen("10.0.0.7", ":bm90IGEgY2VydGlmaWNhdGU=:", null))).isEmpty();
        assertThat(certificateOf(seen("10.0.0.7", "not a certificate", null))).isEmpty();
    }
}
