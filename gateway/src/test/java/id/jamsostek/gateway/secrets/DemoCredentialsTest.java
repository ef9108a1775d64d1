package id.jamsostek.gateway.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.snap.PemKeys;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DemoCredentialsTest {

    /** The public half of the published SNAP demo key pair (shared/vectors/snap-signatures.json, demoKeyPair). */
    private static final String DEMO_PUBLIC_KEY = """
            -----BEGIN PUBLIC KEY-----
            MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAlWbtlh3eM+bW3n5AFj42
            wddC4L7tQqbLiCFbTv8K67yng9iwK5mEn+UMXiRhvB2JVWFafCPPxFamsiVG3Mjn
            eGjC0BYgmpmw4qXnAnyO3nCdCuPtmZ3ljhKvSTPdWZxrcLi1Xa9V/+Pzb8hrjb5i
            wMn6SZFNeMmZYgFKiSeueo6TPln2PoTqXCzs1HtsM8eUVe8GAsjJe/3dYl992nyX
            OpG21GgNu8o5T3WOptPg6GdDTWkTWUu483yRbVVy04Pz4L8DDZTDv+WcsAViDn1r
            A/jB1Auj/UGKx2ovGcBH/a/hor5TbABbODU6cPTHT54K3sSZtvZNV4eFDB1f/4wd
            fwIDAQAB
            -----END PUBLIC KEY-----
            """;

    @Test
    void recognisesTheDemoClientKeyWhateverTheKey() throws NoSuchAlgorithmException {
        assertThat(DemoCredentials.isDemo("G1234325-SNAP", otherRsaKeyPem())).isTrue();
        assertThat(DemoCredentials.isDemo("G1234325-SNAP", null)).isTrue();
    }

    @Test
    void recognisesTheDemoPublicKeyUnderAnotherClientKey() {
        assertThat(DemoCredentials.isDemo("BANKA-SNAP", DEMO_PUBLIC_KEY)).isTrue();
    }

    @Test
    void recognisesTheDemoPublicKeyHoweverItIsWrapped() {
        String body = DEMO_PUBLIC_KEY.replace("-----BEGIN PUBLIC KEY-----", "")
                .replace("-----END PUBLIC KEY-----", "").replaceAll("\\s", "");
        String oneLine = "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----";
        String rewrapped = PemKeys.toPem(PemKeys.rsaPublicKey(body)).replace("\n", "\r\n");

        assertThat(DemoCredentials.isDemo("BANKA-SNAP", body)).as("bare base64").isTrue();
        assertThat(DemoCredentials.isDemo("BANKA-SNAP", oneLine)).as("one line").isTrue();
        assertThat(DemoCredentials.isDemo("BANKA-SNAP", rewrapped)).as("CRLF").isTrue();
    }

    @Test
    void doesNotTakeAnotherKeyForTheDemo() throws NoSuchAlgorithmException {
        assertThat(DemoCredentials.isDemo("BANKA-SNAP", otherRsaKeyPem())).isFalse();
    }

    @Test
    void doesNotTakeTheDemoClientKeyInAnotherCase() throws NoSuchAlgorithmException {
        assertThat(DemoCredentials.isDemo("g1234325-snap", otherRsaKeyPem())).isFalse();
    }

    @Test
    void doesNotTakeANonRsaKeyForTheDemo() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        String ecPem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";

        assertThat(DemoCredentials.isDemo("BANKA-SNAP", ecPem)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"not a key", "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"})
    void doesNotTakeAnUnreadableKeyForTheDemo(String pem) {
        assertThat(DemoCredentials.isDemo("BANKA-SNAP", pem)).isFalse();
    }

    private static String otherRsaKeyPem() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return PemKeys.toPem(generator.generateKeyPair().getPublic());
    }
}
