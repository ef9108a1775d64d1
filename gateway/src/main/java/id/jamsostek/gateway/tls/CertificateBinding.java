package id.jamsostek.gateway.tls;

import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.server.reactive.SslInfo;

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
        return ClientCertificateCheck.presented(ssl).map(CertificatePin::fingerprint)
                .map(CertificateBinding::thumbprintOf);
    }

    /** Binds the token being built to {@code boundTo}, if there is a certificate to bind it to. */
    public static void bind(JWTClaimsSet.Builder claims, Optional<String> boundTo) {
        boundTo.ifPresent(thumbprint -> claims.claim(CONFIRMATION, confirmation(thumbprint)));
    }

    /** The thumbprint a token's claims bind it to; empty when it has none. */
    public static Optional<String> boundTo(JWTClaimsSet claims) throws ParseException {
        return boundTo(claims.getJSONObjectClaim(CONFIRMATION));
    }

    /** The confirmation claim of a token bound to {@code thumbprint}. */
    static Map<String, Object> confirmation(String thumbprint) {
        return Map.of(THUMBPRINT, thumbprint);
    }

    /** The thumbprint a token's confirmation claim binds it to; empty when it has none. */
    public static Optional<String> boundTo(Map<String, Object> confirmation) {
        return Optional.ofNullable(confirmation).map(claim -> claim.get(THUMBPRINT)).map(String::valueOf);
    }

    /**
     * Why a token bound to {@code boundTo} may not be used over a connection whose certificate has {@code
     * fingerprint} (hex SHA-256, {@link CertificatePin#fingerprint}); empty when it is bound to none or to that one.
     */
    static Optional<String> refusal(Optional<String> boundTo, Optional<String> fingerprint) {
        return boundTo.isEmpty() || boundTo.equals(fingerprint.map(CertificateBinding::thumbprintOf))
                ? Optional.empty() : Optional.of(NOT_THE_TOKENS);
    }

    private static String thumbprintOf(String fingerprint) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(HexFormat.of().parseHex(fingerprint));
    }
}
