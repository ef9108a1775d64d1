package id.jamsostek.gateway.tls;

import id.jamsostek.gateway.partner.IpRange;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.SslInfo;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Behind a proxy that terminates TLS, the client certificate reaches the gateway in the {@code Client-Cert} header
 * (RFC 9440: {@code :base64 of the DER:}; nginx's URL-encoded PEM, {@code $ssl_client_escaped_cert}, too). From a
 * trusted proxy ({@link ProxySettings}) and on a request whose own connection presented none, it becomes the request's
 * client certificate, so mutual TLS and certificate-bound tokens work as over a direct connection. From anyone else
 * the header is removed unread: a client cannot claim a certificate by writing a header.
 */
@Component
class ForwardedClientCertificate implements WebFilter, Ordered {

    static final String HEADER = "Client-Cert";

    private static final Logger log = LoggerFactory.getLogger(ForwardedClientCertificate.class);

    private final List<IpRange> trustedProxies;

    ForwardedClientCertificate(ProxySettings settings) {
        this.trustedProxies = settings.ranges();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10; // inside the message log, before any route reads the certificate
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String forwarded = request.getHeaders().getFirst(HEADER);
        if (forwarded == null) {
            return chain.filter(exchange);
        }
        ServerHttpRequest.Builder mutated = request.mutate().headers(headers -> headers.remove(HEADER));
        if (fromTrustedProxy(request) && ClientCertificateCheck.presented(request.getSslInfo()).isEmpty()) {
            parse(forwarded).ifPresent(certificate -> mutated.sslInfo(new Forwarded(certificate)));
        }
        return chain.filter(exchange.mutate().request(mutated.build()).build());
    }

    private boolean fromTrustedProxy(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote != null && remote.getAddress() != null
                && trustedProxies.stream().anyMatch(range -> range.contains(remote.getAddress()));
    }

    /** The certificate in the header's value; empty (logged) when it is not one. */
    static Optional<X509Certificate> parse(String value) {
        String text = value.strip();
        try {
            byte[] encoded = text.length() > 1 && text.startsWith(":") && text.endsWith(":")
                    ? Base64.getDecoder().decode(text.substring(1, text.length() - 1))
                    : URLDecoder.decode(text, StandardCharsets.UTF_8).getBytes(StandardCharsets.US_ASCII);
            return Optional.of((X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(encoded)));
        } catch (CertificateException | IllegalArgumentException | ClassCastException malformed) {
            log.warn("a trusted proxy sent a {} header that is not a certificate: the request has none", HEADER);
            return Optional.empty();
        }
    }

    /** The connection as the proxy saw it: its client certificate, no session of ours. */
    private record Forwarded(X509Certificate certificate) implements SslInfo {

        @Override
        public String getSessionId() {
            return null;
        }

        @Override
        public X509Certificate[] getPeerCertificates() {
            return new X509Certificate[] {certificate};
        }
    }
}
