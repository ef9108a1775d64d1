package id.jamsostek.gateway.tls;

/**
 * One of a partner's client certificates as the partner file and the admin API write it: either its SHA-256
 * fingerprint or the certificate itself in PEM (then its expiry is kept too).
 */
public record CertificateEntry(String sha256, String pem) {

    public CertificatePin pin() {
        return CertificatePin.of(sha256, pem);
    }
}
