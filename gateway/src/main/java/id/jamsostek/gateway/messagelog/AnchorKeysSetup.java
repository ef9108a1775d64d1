package id.jamsostek.gateway.messagelog;

import id.jamsostek.gateway.secrets.SecretsConfiguration;
import id.jamsostek.gateway.secrets.SecretsSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The anchor signing key ({@code GATEWAY_SECRETS_MESSAGE_LOG_KEY}) and the further keys anchors verify with. */
@Configuration(proxyBeanMethods = false)
class AnchorKeysSetup {

    @Bean
    AnchorKeys anchorKeys(SecretsSettings secrets, MessageLogSettings settings, Environment environment) {
        return AnchorKeys.resolve(secrets.messageLogKey(), settings.verifyKeys(), SecretsConfiguration.demo(environment));
    }
}
