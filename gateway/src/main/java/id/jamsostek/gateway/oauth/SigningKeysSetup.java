package id.jamsostek.gateway.oauth;

import id.jamsostek.gateway.secrets.DemoCredentials;
import id.jamsostek.gateway.secrets.SecretsConfiguration;
import id.jamsostek.gateway.secrets.SecretsSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The OAuth2 signing keys, from {@code GATEWAY_SECRETS_OAUTH_SIGNING_KEYS}; the demo key only under the demo profile. */
@Configuration(proxyBeanMethods = false)
class SigningKeysSetup {

    @Bean
    SigningKeys oauthSigningKeys(SecretsSettings settings, Environment environment) {
        String variable = "GATEWAY_SECRETS_OAUTH_SIGNING_KEYS";
        boolean demo = SecretsConfiguration.demo(environment);
        String value = settings.oauthSigningKeys();
        SigningKeys keys = SigningKeys.parse(variable, value == null && demo ? DemoCredentials.OAUTH_SIGNING_KEYS : value);
        if (!demo && keys.containsModulus(DemoCredentials.modulus())) {
            throw new IllegalStateException(variable + " holds the published demo key; it is allowed only under the '"
                    + DemoCredentials.PROFILE + "' profile");
        }
        return keys;
    }
}
