package id.jamsostek.gateway.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jamsostek.gateway.support.TestCertificate;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslOptions;
import org.springframework.boot.ssl.jks.JksSslStoreBundle;
import org.springframework.boot.ssl.jks.JksSslStoreDetails;

/** The server's bundle as the partners' port uses it: TLS 1.3 only, client certificates judged per partner. */
class PartnerTlsBundlesTest {

    @TempDir
    static Path directory;

    private static TestCertificate server;
    private static TestCertificate client;

    @BeforeAll
    static void certificates() {
        server = TestCertificate.create(directory, "server", "CN=localhost", "dns:localhost");
        client = TestCertificate.create(directory, "client", "CN=bank-a", null);
    }

    @Test
    void allowsTls13OnlyWhateverTheBundleSaysAndKeepsItsCiphers() {
        SslBundle bundle = SslBundle.of(pkcs12(server, null), null,
                SslOptions.of(new String[] {"TLS_AES_128_GCM_SHA256"}, new String[] {"TLSv1.2", "TLSv1.3"}));

        SslBundle forPartners = PartnerTlsBundles.forPartners("gateway", bundle);

        assertThat(forPartners.getOptions().getEnabledProtocols()).containsExactly("TLSv1.3");
        assertThat(forPartners.getOptions().getCiphers()).containsExactly("TLS_AES_128_GCM_SHA256");
        assertThat(forPartners.getManagers().getKeyManagers()).isNotEmpty();
    }

    @Test
    void acceptsAnyClientCertificateAtTheHandshakeWhenTheBundleHasNoTrustStore() throws Exception {
        X509TrustManager trust = (X509TrustManager) PartnerTlsBundles
                .forPartners("gateway", SslBundle.of(pkcs12(server, null))).getManagers().getTrustManagers()[0];

        trust.checkClientTrusted(new X509Certificate[] {client.certificate()}, "EC");
        assertThat(trust.getAcceptedIssuers()).isEmpty();
        assertThatThrownBy(() -> trust.checkClientTrusted(new X509Certificate[0], "EC"))
                .isInstanceOf(CertificateException.class);
        assertThatThrownBy(() -> trust.checkServerTrusted(new X509Certificate[] {client.certificate()}, "EC"))
                .isInstanceOf(CertificateException.class);
    }

    @Test
    void acceptsOnlyChainsToItsAuthoritiesWhenTheBundleHasATrustStore() throws Exception {
        X509TrustManager trust = (X509TrustManager) PartnerTlsBundles
                .forPartners("gateway", SslBundle.of(pkcs12(server, client))).getManagers().getTrustManagers()[0];

        trust.checkClientTrusted(new X509Certificate[] {client.certificate()}, "EC");
        assertThatThrownBy(() -> trust.checkClientTrusted(new X509Certificate[] {server.certificate()}, "EC"))
                .isInstanceOf(CertificateException.class);
    }

    @Test
    void aBundleWithoutAServerKeyStopsTheStartSayingWhatToSet() {
        assertThatThrownBy(() -> PartnerTlsBundles.forPartners("gateway",
                SslBundle.of(new JksSslStoreBundle(null, null))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GATEWAY_TLS_CERT").hasMessageContaining("GATEWAY_TLS_ENABLED=false");
    }

    /** The server's PKCS12 key store as Spring Boot loads it, with a trust store of the authority given, if any. */
    private static JksSslStoreBundle pkcs12(TestCertificate key, TestCertificate authority) {
        return new JksSslStoreBundle(
                new JksSslStoreDetails("PKCS12", null, key.keyStore().toString(), TestCertificate.PASSWORD),
                authority == null ? null
                        : new JksSslStoreDetails("PKCS12", null, authority.keyStore().toString(),
                                TestCertificate.PASSWORD));
    }
}
