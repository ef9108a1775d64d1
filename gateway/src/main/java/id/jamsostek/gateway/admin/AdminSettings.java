package id.jamsostek.gateway.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The admin API's settings.
 *
 * @param token the operators' bearer token (GATEWAY_ADMIN_TOKEN); none: the admin API does not exist (404)
 */
@ConfigurationProperties("gateway.admin")
public record AdminSettings(String token) {

    /** A credential: never printed. */
    @Override
    public String toString() {
        return "AdminSettings[token=" + (token == null || token.isBlank() ? "none" : "***") + "]";
    }
}
