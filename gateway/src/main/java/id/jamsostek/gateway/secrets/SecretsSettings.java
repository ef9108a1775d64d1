package id.jamsostek.gateway.secrets;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys that come from the environment only (never the database, never a log line); unset under the demo profile: the
 * published demo keys, refused anywhere else.
 *
 * @param kek              the key-encryption keys of partner secrets ({@code GATEWAY_SECRETS_KEK}), {@code id:base64}
 *                         with the current key first
 * @param tokenKeys        the access-token signing keys ({@code GATEWAY_SECRETS_TOKEN_KEYS}), same form
 * @param oauthSigningKeys the OAuth2 signing keys ({@code GATEWAY_SECRETS_OAUTH_SIGNING_KEYS})
 * @param snapPrivateKey   our private key toward the banks ({@code GATEWAY_SECRETS_SNAP_PRIVATE_KEY})
 * @param archiveKeys      the message log's archive keys ({@code GATEWAY_SECRETS_ARCHIVE_KEYS}), as {@code kek}
 * @param messageLogKey    the message log's anchor signing key ({@code GATEWAY_SECRETS_MESSAGE_LOG_KEY})
 */
@ConfigurationProperties("gateway.secrets")
public record SecretsSettings(String kek, String tokenKeys, String oauthSigningKeys, String snapPrivateKey,
        String archiveKeys, String messageLogKey) {

    /** Credentials: never printed, only whether each is set. */
    @Override
    public String toString() {
        return "SecretsSettings[kek=" + shown(kek) + ", tokenKeys=" + shown(tokenKeys) + ", oauthSigningKeys="
                + shown(oauthSigningKeys) + ", snapPrivateKey=" + shown(snapPrivateKey) + ", archiveKeys="
                + shown(archiveKeys) + ", messageLogKey=" + shown(messageLogKey) + "]";
    }

    private static String shown(String secret) {
        return secret == null || secret.isBlank() ? "none" : "***";
    }
}
