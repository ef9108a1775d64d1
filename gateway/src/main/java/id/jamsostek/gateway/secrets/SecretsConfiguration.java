package id.jamsostek.gateway.secrets;

import id.jamsostek.gateway.messagelog.AnchorKeys;
import id.jamsostek.gateway.oauth.SigningKeys;
import id.jamsostek.gateway.partner.credentials.DemoCredentials;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Keys that come from the environment only (never the database, never a log line): the key-encryption key of
 * partner secrets ({@code GATEWAY_SECRETS_KEK}) and the access-token signing keys
 * ({@code GATEWAY_SECRETS_TOKEN_KEYS}), both as {@code id:base64[,id:base64]} with the current key first; the OAuth2
 * signing keys; our private key toward the banks ({@link SnapClientKey}); the message log's archive keys
 * ({@code GATEWAY_SECRETS_ARCHIVE_KEYS}, same form) and anchor key ({@link AnchorKeys}). The demo profile falls back to published
 * demo keys, which are refused anywhere else.
 */
@Configuration(proxyBeanMethods = false)
public class SecretsConfiguration {

    private static final int AES_256_BYTES = 32;

    @Bean
    SecretCipher secretCipher(Environment environment) {
        return new SecretCipher(ring(environment, "gateway.secrets.kek", "GATEWAY_SECRETS_KEK", DemoCredentials.KEK));
    }

    @Bean
    TokenKeys tokenKeys(Environment environment) {
        return new TokenKeys(ring(environment, "gateway.secrets.token-keys", "GATEWAY_SECRETS_TOKEN_KEYS",
                DemoCredentials.TOKEN_KEYS));
    }

    @Bean
    SigningKeys oauthSigningKeys(Environment environment) {
        String variable = "GATEWAY_SECRETS_OAUTH_SIGNING_KEYS";
        boolean demo = environment.matchesProfiles(DemoCredentials.PROFILE);
        String value = environment.getProperty("gateway.secrets.oauth-signing-keys");
        SigningKeys keys = SigningKeys.parse(variable, value == null && demo ? DemoCredentials.OAUTH_SIGNING_KEYS : value);
        if (!demo && keys.containsModulus(DemoCredentials.modulus())) {
            throw new IllegalStateException(variable + " holds the published demo key; it is allowed only under the '"
                    + DemoCredentials.PROFILE + "' profile");
        }
        return keys;
    }

    @Bean
    SnapClientKey snapClientKey(Environment environment) {
        return SnapClientKey.resolve(environment.getProperty("gateway.secrets.snap-private-key"),
                environment.matchesProfiles(DemoCredentials.PROFILE));
    }

    @Bean
    ArchiveKeys archiveKeys(Environment environment) {
        return archiveKeys(environment.getProperty("gateway.secrets.archive-keys"),
                environment.matchesProfiles(DemoCredentials.PROFILE));
    }

    /** The message log's archive keys from their setting (null when unset), as the gateway and its verifier read them. */
    public static ArchiveKeys archiveKeys(String value, boolean demo) {
        return new ArchiveKeys(ring(value, demo, "GATEWAY_SECRETS_ARCHIVE_KEYS", DemoCredentials.ARCHIVE_KEYS));
    }

    @Bean
    AnchorKeys anchorKeys(Environment environment) {
        return AnchorKeys.resolve(environment.getProperty("gateway.secrets.message-log-key"),
                environment.getProperty("gateway.message-log.verify-keys"),
                environment.matchesProfiles(DemoCredentials.PROFILE));
    }

    private static KeyRing ring(Environment environment, String property, String variable, String demoValue) {
        return ring(environment.getProperty(property), environment.matchesProfiles(DemoCredentials.PROFILE), variable,
                demoValue);
    }

    private static KeyRing ring(String setting, boolean demo, String variable, String demoValue) {
        String value = setting;
        if (value == null && demo) {
            value = demoValue;
        }
        KeyRing ring = KeyRing.parse(variable, value, AES_256_BYTES);
        if (!demo && KeyRing.parse(variable, demoValue, AES_256_BYTES).byId("demo")
                .filter(ring::containsKey).isPresent()) {
            throw new IllegalStateException(variable + " holds the published demo key; it is allowed only under the '"
                    + DemoCredentials.PROFILE + "' profile");
        }
        return ring;
    }
}
