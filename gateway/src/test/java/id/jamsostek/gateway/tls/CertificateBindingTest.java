package id.jamsostek.gateway.tls;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.support.TestCertificate;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.server.reactive.SslInfo;

/** RFC 8705 certificate-bound tokens: the thumbprint a token carries and the check of the connection against it. */
class CertificateBindingTest {

    @TempDir
    static Path directory;

    private static TestCertificate own;
    private static TestCertificate other;

    @BeforeAll
    static void certificates() {
        own = TestCertificate.create(directory, "own", "CN=bank-a", null);
        other = TestCertificate.create(directory, "other", "CN=bank-a", null);
    }

    /** The connection, presenting {@code certificate} or, when it is null, none. */
    private static SslInfo presenting(TestCertificate certificate) {
        return certificate == null ? new SslInfo() {
            @Override
            public String getSessionId() {
                return "s";
            }

            @Override
            public X509Certificate[] getPeerCertificates() {
                return null;
            }
        } : certificate.presented();
    }

    @Test
    void theThumbprintIsTheBase64UrlSha256OfTheCertificatesDerEncoding() throws Exception {
        String expected = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(own.certificate().getEncoded()));

        assertThat(CertificateBinding.thumbprint(presenting(own))).contains(expected);
        assertThat(expected).hasSize(43).doesNotContain("=", "+", "/");
        assertThat(CertificateBinding.thumbprint(presenting(null))).isEmpty();
        assertThat(CertificateBinding.thumbprint(null)).isEmpty();
        assertThat(CertificateBinding.boundTo(CertificateBinding.confirmation(expected))).contains(expected);
        assertThat(CertificateBinding.boundTo((Map<String, Object>) null)).isEmpty();
    }

    @Test
    void aBoundTokenIsAcceptedOnlyOverTheSameCertificate() {
        Optional<String> boundToOwn = CertificateBinding.thumbprint(presenting(own));

        assertThat(CertificateBinding.refusal(boundToOwn, fingerprintOf(presenting(own)))).isEmpty();
        for (SslInfo connection : new SslInfo[] {presenting(other), presenting(null), null}) {
            assertThat(CertificateBinding.refusal(boundToOwn, fingerprintOf(connection)))
                    .contains("client certificate is not the one the token was issued to");
        }
    }

    @Test
    void anUnboundTokenIsAcceptedWithOrWithoutACertificate() {
        assertThat(CertificateBinding.refusal(Optional.empty(), fingerprintOf(presenting(own)))).isEmpty();
        assertThat(CertificateBinding.refusal(Optional.empty(), fingerprintOf(presenting(null)))).isEmpty();
    }

    private static Optional<String> fingerprintOf(SslInfo connection) {
        return ClientCertificateCheck.presented(connection).map(CertificatePin::fingerprint);
    }
}
