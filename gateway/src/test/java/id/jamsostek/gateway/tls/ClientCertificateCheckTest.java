package id.jamsostek.gateway.tls;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.support.TestCertificate;
import id.jamsostek.gateway.tls.ClientCertificates.MutualTls;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a presented client certificate maps to a partner, and what is refused. */
class ClientCertificateCheckTest {

    @TempDir
    static Path directory;

    private static TestCertificate own;
    private static TestCertificate expired;
    private static TestCertificate other;

    @BeforeAll
    static void certificates() {
        own = TestCertificate.create(directory, "own", "CN=bank-a", null);
        expired = TestCertificate.expired(directory, "expired", "CN=bank-a");
        other = TestCertificate.create(directory, "other", "CN=bank-b", null);
    }

    @Test
    void fingerprintIsTheSha256OfTheDerCertificateAsKeytoolPrintsIt() throws Exception {
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-list", "-v", "-storetype", "PKCS12", "-keystore", own.keyStore().toString(),
                "-storepass", TestCertificate.PASSWORD, "-alias", "own").redirectErrorStream(true).start();
        String listing = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Matcher printed = Pattern.compile("SHA256: ([0-9A-F:]{95})").matcher(listing);
        assertThat(printed.find()).as(listing).isTrue();

        assertThat(CertificatePin.ofFingerprint(printed.group(1)).sha256())
                .isEqualTo(CertificatePin.fingerprint(own.certificate()))
                .isEqualTo(CertificatePin.ofPem(Files.readString(own.certificatePem())).sha256())
                .matches("[0-9a-f]{64}");
    }

    @Test
    void aPemPinKeepsTheCertificatesExpiry() throws IOException {
        assertThat(CertificatePin.ofPem(Files.readString(own.certificatePem())).notAfter())
                .isEqualTo(own.certificate().getNotAfter().toInstant());
        assertThat(CertificatePin.ofFingerprint(CertificatePin.fingerprint(own.certificate())).notAfter()).isNull();
    }

    @Test
    void withoutACertificateOnlyARequiredPartnerIsRefused() {
        assertThat(refusal(registered(MutualTls.OPTIONAL, own), null, null)).isEmpty();
        assertThat(refusal(registered(MutualTls.OPTIONAL), null, null)).isEmpty();
        assertThat(refusal(registered(MutualTls.REQUIRED, own), null, null))
                .contains(ClientCertificateCheck.REQUIRED);
    }

    @Test
    void thePartnersOwnCertificateIsAcceptedWhileValid() {
        for (MutualTls mode : MutualTls.values()) {
            assertThat(refusal(registered(mode, own, expired), own.certificate(), null)).isEmpty();
            assertThat(refusal(registered(mode, own, expired), expired.certificate(), null))
                    .contains(ClientCertificateCheck.NOT_VALID_NOW);
        }
    }

    @Test
    void anotherPartnersCertificateIsRefusedWhateverTheMode() {
        for (MutualTls mode : MutualTls.values()) {
            assertThat(refusal(registered(mode, own), other.certificate(), "bank-b"))
                    .contains(ClientCertificateCheck.NOT_THE_PARTNERS);
        }
    }

    @Test
    void anUnregisteredCertificateIsRefusedOnlyWhereOneOfThePartnersIsRequired() {
        assertThat(refusal(registered(MutualTls.OPTIONAL, own), other.certificate(), null)).isEmpty();
        assertThat(refusal(registered(MutualTls.OPTIONAL), other.certificate(), null)).isEmpty();
        assertThat(refusal(registered(MutualTls.REQUIRED, own), other.certificate(), null))
                .contains(ClientCertificateCheck.NOT_THE_PARTNERS);
    }

    private static Optional<String> refusal(ClientCertificates registered, X509Certificate presented, String owner) {
        return ClientCertificateCheck.refusal(registered, Optional.ofNullable(presented),
                Optional.ofNullable(presented).map(CertificatePin::fingerprint), Optional.ofNullable(owner),
                Instant.now());
    }

    private static ClientCertificates registered(MutualTls mode, TestCertificate... pinned) {
        return new ClientCertificates("bank-a", mode, List.of(pinned).stream()
                .map(certificate -> new CertificatePin(CertificatePin.fingerprint(certificate.certificate()),
                        certificate.certificate().getNotAfter().toInstant()))
                .toList());
    }
}
