package id.jamsostek.snap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PemKeysTest {

    private static final String PUBLIC_PEM = SnapVectors.demoPublicKeyPem();
    private static final String PRIVATE_PEM = SnapVectors.demoPrivateKeyPem();

    @Test
    void readsTheDemoKeyPairAsOnePair() {
        RSAPublicKey publicKey = (RSAPublicKey) PemKeys.rsaPublicKey(PUBLIC_PEM);
        RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) PemKeys.rsaPrivateKey(PRIVATE_PEM);

        assertThat(publicKey.getModulus().bitLength()).isEqualTo(2048);
        assertThat(publicKey.getModulus()).isEqualTo(privateKey.getModulus());
        assertThat(publicKey.getPublicExponent()).isEqualTo(privateKey.getPublicExponent());
    }

    @Test
    void readsBareBase64BodyAndCrlfPem() {
        String bare = body(PUBLIC_PEM);

        assertThat(PemKeys.rsaPublicKey(bare)).isEqualTo(PemKeys.rsaPublicKey(PUBLIC_PEM));
        assertThat(PemKeys.rsaPublicKey(bare.replace("\n", ""))).isEqualTo(PemKeys.rsaPublicKey(PUBLIC_PEM));
        assertThat(PemKeys.rsaPublicKey("  " + PUBLIC_PEM.replace("\n", "\r\n") + "\n"))
                .isEqualTo(PemKeys.rsaPublicKey(PUBLIC_PEM));
        assertThat(PemKeys.rsaPrivateKey(body(PRIVATE_PEM))).isEqualTo(PemKeys.rsaPrivateKey(PRIVATE_PEM));
    }

    @Test
    void toPemReproducesTheStandardLayout() {
        assertThat(PemKeys.toPem(PemKeys.rsaPublicKey(PUBLIC_PEM))).isEqualTo(PUBLIC_PEM);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "garbage!", "QUJDRA==", "-----BEGIN PUBLIC KEY-----\nQUJD\n-----END PUBLIC KEY-----",
        "-----BEGIN PUBLIC KEY-----\nMIIBIjANBg"})
    void rejectsGarbageAsPublicKey(String input) {
        assertThatThrownBy(() -> PemKeys.rsaPublicKey(input))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching("(?i).*(key|pem).*");
    }

    @Test
    void namesTheWrongPemLabel() {
        assertThatThrownBy(() -> PemKeys.rsaPublicKey(PRIVATE_PEM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Expected PEM 'PUBLIC KEY' but got 'PRIVATE KEY'");
        assertThatThrownBy(() -> PemKeys.rsaPrivateKey(PUBLIC_PEM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Expected PEM 'PRIVATE KEY' but got 'PUBLIC KEY'");
    }

    @Test
    void pointsPkcs1KeysToTheirConversion() {
        String pkcs1 = "-----BEGIN RSA PRIVATE KEY-----\nQUJD\n-----END RSA PRIVATE KEY-----\n";

        assertThatThrownBy(() -> PemKeys.rsaPrivateKey(pkcs1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RSA PRIVATE KEY")
                .hasMessageContaining("openssl pkcs8 -topk8");
    }

    @Test
    void rejectsAPublicKeyBodyAsPrivateKeyWithoutEchoingIt() {
        String publicBody = body(PUBLIC_PEM);

        assertThatThrownBy(() -> PemKeys.rsaPrivateKey(publicBody))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not an unencrypted RSA private key in PKCS#8 form");
    }

    @Test
    void rejectsNonRsaPublicKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        String ecBody = Base64.getEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded());

        assertThatThrownBy(() -> PemKeys.rsaPublicKey(ecBody))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RSA public key");
    }

    private static String body(String pem) {
        return pem.replaceAll("-----[A-Z ]+-----", "").strip();
    }
}
