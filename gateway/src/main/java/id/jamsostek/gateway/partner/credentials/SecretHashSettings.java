package id.jamsostek.gateway.partner.credentials;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How OAuth client secrets are hashed (under {@code gateway.partners}, with the registry's settings).
 *
 * @param secretHashIterations the PBKDF2 work factor of new OAuth client secret hashes (OWASP's 600,000 for
 *                             PBKDF2-HMAC-SHA256); hashes made before keep theirs
 * @param secretHashesAtOnce   how many secret hashes are computed at once, on threads of their own; more waiting than
 *                             {@code secretHashQueue} are refused (429), so a flood of token requests cannot take the
 *                             CPU
 * @param secretHashQueue      how many secret hashes may wait
 */
@ConfigurationProperties("gateway.partners")
public record SecretHashSettings(
        @DefaultValue("600000") int secretHashIterations,
        @DefaultValue("2") int secretHashesAtOnce,
        @DefaultValue("256") int secretHashQueue) {}
