package id.jamsostek.gateway.partner;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Partner registry settings.
 *
 * @param file               a partner file to register at start (see docs/operations/partners-and-keys.md); none if unset
 * @param cacheTtl           how long a partner read from the database is trusted before it is read again: a change
 *                           made on one instance reaches the others within it
 * @param rotationOverlap    how long a partner's previous secret still works after a rotation, unless the rotation
 *                           asks otherwise
 * @param maxRotationOverlap the longest overlap a rotation may ask for
 * @param plainHttpOutbound  whether banks may be called over plain http outside the demo profile: only for a test
 *                           harness whose fake banks have no certificates; production calls banks over https
 */
@ConfigurationProperties("gateway.partners")
public record PartnerSettings(
        Path file,
        @DefaultValue("30s") Duration cacheTtl,
        @DefaultValue("24h") Duration rotationOverlap,
        @DefaultValue("7d") Duration maxRotationOverlap,
        @DefaultValue("false") boolean plainHttpOutbound) {

    public PartnerSettings {
        if (rotationOverlap.isNegative() || rotationOverlap.compareTo(maxRotationOverlap) > 0) {
            throw new IllegalArgumentException("gateway.partners.rotation-overlap must be between 0 and "
                    + "gateway.partners.max-rotation-overlap");
        }
    }
}
