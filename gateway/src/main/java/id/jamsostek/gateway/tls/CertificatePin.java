package id.jamsostek.gateway.tls;

import id.jamsostek.gateway.partner.InvalidRegistration;
import id.jamsostek.gateway.partner.Registrations;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/**
 * One client certificate a partner may present, pinned by the SHA-256 of its DER encoding.
 *
 * @param sha256   lower-case hex, 64 characters
 * @param notAfter the certificate's expiry when it was registered as a PEM; null when only the fingerprint was given
 */
public record CertificatePin(String sha256, Instant notAfter) {

    public CertificatePin {
        Registrations.require(sha256 != null && sha256.matches("[0-9a-f]{64}"), "clientCertificates",
                "a client certificate's sha256 is 64 hex digits (colons allowed)");
    }

    /** A partner file's entry: either the certificate's fingerprint or the certificate itself. */
    static CertificatePin of(String sha256, String pem) {
        Registrations.require((sha256 == null) != (pem == null), "clientCertificates",
                "each of clientCertificates gives either sha256 or pem");
        return pem != null ? ofPem(pem) : ofFingerprint(sha256);
    }

    /** As {@code openssl x509 -noout -fingerprint -sha256} prints it ("AB:CD:..."), or plain hex in either case. */
    public static CertificatePin ofFingerprint(String text) {
        return new CertificatePin(text == null ? null : text.strip().replace(":", "").toLowerCase(Locale.ROOT), null);
    }

    public static CertificatePin ofPem(String pem) {
        try {
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.UTF_8)));
            return new CertificatePin(fingerprint(certificate), certificate.getNotAfter().toInstant());
        } catch (CertificateException | ClassCastException e) {
            throw new InvalidRegistration("clientCertificates",
                    "a client certificate's pem is not an X.509 certificate in PEM");
        }
    }

    /** The SHA-256 of the certificate's DER encoding, lower-case hex. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (CertificateEncodingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint a certificate", e);
        }
    }
}
