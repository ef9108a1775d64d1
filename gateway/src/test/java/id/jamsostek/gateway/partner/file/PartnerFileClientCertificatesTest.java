package id.jamsostek.gateway.partner.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.jamsostek.gateway.support.TestCertificate;
import id.jamsostek.gateway.tls.CertificatePin;
import id.jamsostek.gateway.tls.ClientCertificates.MutualTls;
import id.jamsostek.gateway.tls.ClientCertificates;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mutual-TLS part of a partner file: {@code mtls} and {@code clientCertificates} of every partner kind. */
class PartnerFileClientCertificatesTest {

    private static final UnaryOperator<String> ENVIRONMENT = Map.of("SECRET", "a-secret-of-twenty-bytes")::get;

    @TempDir
    static Path directory;

    private static TestCertificate certificate;

    @BeforeAll
    static void certificate() {
        certificate = TestCertificate.create(directory, "bank-a", "CN=bank-a", null);
    }

    @Test
    void readsPinsByFingerprintAsOpensslPrintsItAndByPem() throws IOException {
        String fingerprint = CertificatePin.fingerprint(certificate.certificate());
        String openssl = HexFormat.ofDelimiter(":").withUpperCase().formatHex(HexFormat.of().parseHex(fingerprint));

        ClientCertificates read = certificates(bank("""
                    mtls: REQUIRED
                    clientCertificates:
                      - sha256: "%s"
                """.formatted(openssl)));
        assertThat(read.mtls()).isEqualTo(MutualTls.REQUIRED);
        assertThat(read.pins()).containsExactly(new CertificatePin(fingerprint, null));

        ClientCertificates byPem = certificates(bank("""
                    clientCertificates:
                      - pem: |
                %s
                """.formatted(indent(certificate.pem()))));
        assertThat(byPem.mtls()).isEqualTo(MutualTls.OPTIONAL);
        assertThat(byPem.pins()).containsExactly(
                new CertificatePin(fingerprint, certificate.certificate().getNotAfter().toInstant()));
    }

    @Test
    void everyPartnerOfTheFileHasAnEntryThoseWithoutCertificatesOptionalAndEmpty() throws IOException {
        PartnerFile.Registrations file = PartnerFile.read(stream(bank("") + """
                villages:
                  - id: village-a
                    name: Village A
                    clientId: village-a
                    clientSecretEnv: SECRET
                    regions: ["3603012001"]
                employerPlatforms:
                  - id: payroll-a
                    name: Payroll A
                    clientId: payroll-a
                    clientSecretEnv: SECRET
                    grants: ["19012345/*"]
                    mtls: REQUIRED
                    clientCertificates:
                      - sha256: "%s"
                """.formatted(CertificatePin.fingerprint(certificate.certificate()))), ENVIRONMENT, false);

        assertThat(file.clientCertificates()).extracting(ClientCertificates::partnerId, ClientCertificates::mtls,
                entry -> entry.pins().size()).containsExactly(
                        tuple("bank-a", MutualTls.OPTIONAL, 0),
                        tuple("village-a", MutualTls.OPTIONAL, 0),
                        tuple("payroll-a", MutualTls.REQUIRED, 1));
    }

    @Test
    void refusesARequiredPartnerWithoutCertificates() {
        assertRefused("    mtls: REQUIRED\n", "partner bank-a: mtls REQUIRED needs at least one entry");
    }

    @Test
    void refusesAnUnknownMode() {
        assertRefused("    mtls: ALWAYS\n", "partner bank-a: mtls is OPTIONAL or REQUIRED");
    }

    @Test
    void refusesAFingerprintThatIsNotSha256() {
        assertRefused("""
                    clientCertificates:
                      - sha256: "ab:cd:ef"
                """, "sha256 is 64 hex digits");
    }

    @Test
    void refusesAnEntryWithBothOrNeitherFingerprintAndPem() {
        String both = """
                    clientCertificates:
                      - sha256: "%s"
                        pem: |
                %s
                """.formatted(CertificatePin.fingerprint(certificate.certificate()), indent(certificate.pem()));
        assertRefused(both, "either sha256 or pem");
        assertRefused("    clientCertificates:\n      - {}\n", "either sha256 or pem");
    }

    @Test
    void refusesAPemThatIsNotACertificate() {
        assertRefused("""
                    clientCertificates:
                      - pem: "-----BEGIN CERTIFICATE-----\\nbm90IGEgY2VydGlmaWNhdGU=\\n-----END CERTIFICATE-----"
                """, "not an X.509 certificate");
    }

    @Test
    void refusesTheSameCertificateTwice() {
        String fingerprint = CertificatePin.fingerprint(certificate.certificate());
        assertRefused("""
                    clientCertificates:
                      - sha256: "%s"
                      - pem: |
                %s
                """.formatted(fingerprint.toUpperCase(), indent(certificate.pem())), "listed twice");
    }

    private static void assertRefused(String tls, String message) {
        assertThatThrownBy(() -> PartnerFile.read(stream(bank(tls)), ENVIRONMENT, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    private static ClientCertificates certificates(String yaml) throws IOException {
        return PartnerFile.read(stream(yaml), ENVIRONMENT, false).clientCertificates().getFirst();
    }

    private static String bank(String tls) {
        return """
                banks:
                  - id: bank-a
                    name: Bank A
                    clientKey: BANKA-SNAP
                    publicKeyPem: unused-here
                    clientSecretEnv: SECRET
                    companyCodes: ["12345"]
                    ipAllowlist: ["203.0.113.0/24"]
                """ + tls;
    }

    private static String indent(String pem) {
        return pem.strip().lines().map(line -> "          " + line).collect(Collectors.joining("\n"));
    }

    private static ByteArrayInputStream stream(String yaml) {
        return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
    }
}
