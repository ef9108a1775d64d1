package id.jamsostek.gateway.partner;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Partner registry settings.
 *
 * @param file      a partner file to register at start (see README "Registering a bank"); none if unset
 * @param cacheTtl  how long a partner read from the database is trusted before it is read again
 */
@ConfigurationProperties("gateway.partners")
public record PartnerSettings(Path file, @DefaultValue("30s") Duration cacheTtl) {}
