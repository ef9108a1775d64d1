package id.jamsostek.gateway.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SnapClientKeyTest {

    @Test
    void readsOurKeyAsPkcs8PemOrItsBase64Body() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey key = generator.generateKeyPair().getPrivate();
        String base64 = Base64.getEncoder().encodeToString(key.getEncoded());
        String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(key.getEncoded())
                + "\n-----END PRIVATE KEY-----\n";

        assertThat(SnapClientKey.resolve(base64, false).require()).isEqualTo(key);
        assertThat(SnapClientKey.resolve(pem, false).require()).isEqualTo(key);
        assertThat(SnapClientKey.resolve(pem, false).toString()).doesNotContain(base64.substring(0, 40));
    }

    @Test
    void withoutAKeyTheGatewayStartsButRefusesToCallABank() {
        SnapClientKey absent = SnapClientKey.resolve(null, false);

        assertThatThrownBy(absent::require).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GATEWAY_SECRETS_SNAP_PRIVATE_KEY is not set");
    }

    @Test
    void theDemoProfileFallsBackToThePublishedDemoKeyAndNothingElseAcceptsIt() {
        assertThat(((RSAPrivateKey) SnapClientKey.resolve(null, true).require()).getModulus())
                .isEqualTo(DemoCredentials.modulus());
        assertThat(SnapClientKey.resolve(DemoCredentials.SNAP_PRIVATE_KEY, true).require()).isNotNull();

        assertThatThrownBy(() -> SnapClientKey.resolve(DemoCredentials.SNAP_PRIVATE_KEY, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GATEWAY_SECRETS_SNAP_PRIVATE_KEY holds the published demo key");
    }

    @Test
    void refusesAnUnreadableKeyWithoutRepeatingIt() {
        assertThatThrownBy(() -> SnapClientKey.resolve("not-a-key-but-maybe-a-secret", false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GATEWAY_SECRETS_SNAP_PRIVATE_KEY")
                .hasMessageNotContaining("not-a-key-but-maybe-a-secret");
    }
}
