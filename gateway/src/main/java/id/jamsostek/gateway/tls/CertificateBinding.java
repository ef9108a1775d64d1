package id.jamsostek.gateway.tls;

import id.jamsostek.gateway.partner.CertificatePin;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.server.reactive.SslInfo;
import reactor.core.publisher.Mono;

/**
 * Certificate-bound access tokens (RFC 8705 section 3): a token issued over a connection that presented a client
 * certificate carries its thumbprint ({@code "cnf": {"x5t#S256": ...}}: the base64url SHA-256 of its DER encoding) and
 * is accepted only over a connection that presents the same certificate. A token issued without a certificate is
 * bound to none. So a token taken from a partner is of no use without that partner's certificate and key, even where
 * the partner's certificate is optional.
 */
public final class CertificateBinding {

    public static final String CONFIRMATION = "cnf";
    static final String THUMBPRINT = "x5t#S256";
    static final String NOT_THE_TOKENS = "client certificate is not the one the token was issued to";

    private CertificateBinding() {}

    /** The thumbprint of the certificate the connection presented; empty when it presented none. */
    public static Optional<String> thumbprint(SslInfo ssl) {
        return ClientCertificateCheck.presented(ssl).map(certificate -> Base64.getUrlEncoder().withoutPadding()
                .encodeToString(HexFormat.of().parseHex(CertificatePin.fingerprint(certificate))));
    }

    /** The confirmation claim of a token bound to {@code thumbprint}. */
    public static Map<String, Object> confirmation(String thumbprint) {
        return Map.of(THUMBPRINT, thumbprint);
    }

    /** The thumbprint a token's confirmation claim binds it to; empty when it has none. */
    public static Optional<String> boundTo(Map<String, Object> confirmation) {
        return Optional.ofNullable(confirmation).map(claim -> claim.get(THUMBPRINT)).map(String::valueOf);
    }

    /** Completes when the token is bound to no certificate, or to the one this connection presented. */
    public static Mono<Void> requireBound(Optional<String> boundTo, SslInfo ssl) {
        if (boundTo.isEmpty() || boundTo.equals(thumbprint(ssl))) {
            return Mono.empty();
        }
        return Mono.error(new GatewayException(Problem.CLIENT_CERTIFICATE, NOT_THE_TOKENS));
    }
}
