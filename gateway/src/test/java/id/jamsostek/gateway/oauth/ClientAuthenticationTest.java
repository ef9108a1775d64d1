package id.jamsostek.gateway.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ClientAuthenticationTest {

    private static String base64(String credentials) {
        return Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void basicCredentialsAreFormUrlDecodedAfterBase64() {
        assertThat(ClientAuthentication.basic(base64("sid%2Dsaga:s%2Bcr%3At+x"))).hasValueSatisfying(
                credentials -> assertThat(credentials).containsExactly("sid-saga", "s+cr:t x"));
        assertThat(ClientAuthentication.basic(base64("sid-saga:plain_secret-123"))).hasValueSatisfying(
                credentials -> assertThat(credentials).containsExactly("sid-saga", "plain_secret-123"));
    }

    @Test
    void basicCredentialsThatAreNotBase64NotUrlEncodedOrWithoutAColonAreNone() {
        assertThat(ClientAuthentication.basic("not base64!")).isEmpty();
        assertThat(ClientAuthentication.basic(base64("sid-saga:bad%zzescape"))).isEmpty();
        assertThat(ClientAuthentication.basic(base64("no-colon"))).isEmpty();
    }
}
