package id.jamsostek.gateway.secrets;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The gateway's own keys ({@link SecretsSettings}) that the partner registry and the banks' SNAP calls use: the
 * key-encryption keys of partner secrets, the access-token signing keys, our private key toward the banks
 * ({@link SnapClientKey}) and the message log's archive keys. The OAuth2 signing keys and the anchor key are read where
 * they are used ({@code oauth}, {@code messagelog}). The demo profile falls back to published demo keys, which are
 * refused anywhere else.
 */
@Configuration(proxyBeanMethods = false)
public class SecretsConfiguration {

    private static final int AES_256_BYTES = 32;

    @Bean
    SecretCipher secretCipher(SecretsSettings settings, Environment environment) {
        return new SecretCipher(ring(settings.kek(), demo(environment), "GATEWAY_SECRETS_KEK", DemoCredentials.KEK));
    }

    @Bean
    TokenKeys tokenKeys(SecretsSettings settings, Environment environment) {
        return new TokenKeys(ring(settings.tokenKeys(), demo(environment), "GATEWAY_SECRETS_TOKEN_KEYS",
                DemoCredentials.TOKEN_KEYS));
    }

    @Bean
    SnapClientKey snapClientKey(SecretsSettings settings, Environment environment) {
        return SnapClientKey.resolve(settings.snapPrivateKey(), demo(environment));
    }

    @Bean
    ArchiveKeys archiveKeys(SecretsSettings settings, Environment environment) {
        return archiveKeys(settings.archiveKeys(), demo(environment));
    }

    /** The message log's archive keys from their setting (null when unset), as the gateway and its verifier read them. */
    public static ArchiveKeys archiveKeys(String value, boolean demo) {
        return new ArchiveKeys(ring(value, demo, "GATEWAY_SECRETS_ARCHIVE_KEYS", DemoCredentials.ARCHIVE_KEYS));
    }

    /** Whether the demo profile is active: only there are the published demo keys allowed. */
    public static boolean demo(Environment environment) {
        return environment.matchesProfiles(DemoCredentials.PROFILE);
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
