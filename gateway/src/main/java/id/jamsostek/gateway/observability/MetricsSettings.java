package id.jamsostek.gateway.observability;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the gateway's own metrics may cost.
 *
 * @param partnerTagLimit how many distinct partners an instance tags by id; any beyond are tagged {@code other}
 */
@ConfigurationProperties("gateway.metrics")
public record MetricsSettings(int partnerTagLimit) {

    public MetricsSettings {
        if (partnerTagLimit < 1) {
            throw new IllegalArgumentException("gateway.metrics.partner-tag-limit must be at least 1");
        }
    }
}
