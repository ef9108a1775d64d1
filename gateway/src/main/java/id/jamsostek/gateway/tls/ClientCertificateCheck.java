package id.jamsostek.gateway.tls;

import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.springframework.http.server.reactive.SslInfo;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Mutual TLS per partner: whether the connection a request came over may act as the partner its credentials named.
 * The handshake accepts any client certificate ({@link PartnerTlsBundles}); here a certificate is mapped to its
 * partner by its SHA-256 fingerprint. A certificate registered for a partner is accepted only with that partner's
 * credentials and while valid; a REQUIRED partner must present one of its own; an OPTIONAL one may present none.
 */
@Component
public class ClientCertificateCheck {

    static final String REQUIRED = "client certificate required";
    static final String NOT_THE_PARTNERS = "client certificate is not the partner's";
    static final String NOT_VALID_NOW = "client certificate expired or not yet valid";

    private final PartnerCertificates certificates;
    private final Clock clock;

    public ClientCertificateCheck(PartnerCertificates certificates, Clock clock) {
        this.certificates = certificates;
        this.clock = clock;
    }

    /** Completes when the connection may act as the partner; fails with {@link Problem#CLIENT_CERTIFICATE}. */
    public Mono<Void> require(String partnerId, SslInfo ssl) {
        return require(partnerId, ssl, Optional.empty());
    }

    /**
     * Completes when the connection may act as the partner with a token bound to {@code boundTo} (RFC 8705,
     * {@link CertificateBinding}; empty: bound to none); fails with {@link Problem#CLIENT_CERTIFICATE}.
     */
    public Mono<Void> require(String partnerId, SslInfo ssl, Optional<String> boundTo) {
        Optional<X509Certificate> presented = presented(ssl);
        Optional<String> fingerprint = presented.map(CertificatePin::fingerprint);
        return certificates.of(partnerId)
                .flatMap(registered -> ownerUnlessPinned(registered, fingerprint)
                        .map(owner -> refusal(registered, presented, fingerprint, owner, clock.instant())
                                .or(() -> CertificateBinding.refusal(boundTo, fingerprint))))
                .flatMap(refusal -> refusal.map(reason -> Mono.<Void>error(
                        new GatewayException(Problem.CLIENT_CERTIFICATE, reason))).orElseGet(Mono::empty));
    }

    /** Whom the presented certificate belongs to, asked only when it is not one of the partner's own. */
    private Mono<Optional<String>> ownerUnlessPinned(ClientCertificates registered, Optional<String> fingerprint) {
        if (fingerprint.isEmpty() || registered.fingerprints().contains(fingerprint.get())) {
            return Mono.just(Optional.empty());
        }
        return certificates.ownerOf(fingerprint.get()).map(Optional::of).defaultIfEmpty(Optional.empty());
    }

    /**
     * Why the connection may not act as the partner; empty if it may.
     *
     * @param owner the partner another certificate than the partner's own is registered for, if any
     */
    static Optional<String> refusal(ClientCertificates registered, Optional<X509Certificate> presented,
            Optional<String> fingerprint, Optional<String> owner, Instant now) {
        if (presented.isEmpty()) {
            return registered.mtls() == ClientCertificates.MutualTls.REQUIRED ? Optional.of(REQUIRED)
                    : Optional.empty();
        }
        if (registered.fingerprints().contains(fingerprint.orElseThrow())) {
            return validAt(presented.get(), now) ? Optional.empty() : Optional.of(NOT_VALID_NOW);
        }
        // another partner's certificate, whatever this partner's mode; an unregistered one only where none is needed
        if (owner.isPresent() || registered.mtls() == ClientCertificates.MutualTls.REQUIRED) {
            return Optional.of(NOT_THE_PARTNERS);
        }
        return Optional.empty();
    }

    private static boolean validAt(X509Certificate certificate, Instant now) {
        try {
            certificate.checkValidity(Date.from(now));
            return true;
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            return false;
        }
    }

    /** The leaf certificate of the client's chain; empty on plain HTTP or when the client sent none. */
    static Optional<X509Certificate> presented(SslInfo ssl) {
        if (ssl == null) {
            return Optional.empty();
        }
        X509Certificate[] chain = ssl.getPeerCertificates();
        return chain == null || chain.length == 0 ? Optional.empty() : Optional.of(chain[0]);
    }
}
