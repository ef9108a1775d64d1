package id.jamsostek.gateway.tls;

import id.jamsostek.gateway.partner.Registrations;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The client certificates (mutual TLS) of a partner's connections: which it may present, and whether it must.
 *
 * @param mtls OPTIONAL: a connection may present one of the pinned certificates, or none; REQUIRED: every request
 *             must come over a connection that presented one of them
 */
public record ClientCertificates(String partnerId, MutualTls mtls, List<CertificatePin> pins) {

    public enum MutualTls {
        OPTIONAL, REQUIRED;

        /** As a partner file writes it; OPTIONAL when not given. */
        public static MutualTls of(String text) {
            Registrations.require(text == null || text.equals("OPTIONAL") || text.equals("REQUIRED"), "mtls",
                    "mtls is OPTIONAL or REQUIRED");
            return text == null ? OPTIONAL : valueOf(text);
        }
    }

    public ClientCertificates {
        Registrations.requireId(partnerId);
        Registrations.require(mtls != null, "mtls", "mtls is OPTIONAL or REQUIRED");
        Registrations.require(pins != null && (mtls == MutualTls.OPTIONAL || !pins.isEmpty()),
                "clientCertificates", "mtls REQUIRED needs at least one entry in clientCertificates");
        Registrations.require(pins.stream().map(CertificatePin::sha256).distinct().count() == pins.size(),
                "clientCertificates", "a client certificate is listed twice");
        pins = List.copyOf(pins);
    }

    /** As the partner file and the admin API write them; {@code mtls} null: OPTIONAL; {@code entries} null: none. */
    public static ClientCertificates of(String partnerId, String mtls, List<CertificateEntry> entries) {
        return new ClientCertificates(partnerId, MutualTls.of(mtls),
                entries == null ? List.of() : entries.stream().map(CertificateEntry::pin).toList());
    }

    /** A partner that registered no certificate: it may connect without one. */
    public static ClientCertificates none(String partnerId) {
        return new ClientCertificates(partnerId, MutualTls.OPTIONAL, List.of());
    }

    public Set<String> fingerprints() {
        return pins.stream().map(CertificatePin::sha256).collect(Collectors.toUnmodifiableSet());
    }
}
