package id.jamsostek.gateway.core;

import id.jamsostek.adapters.core.CoreServiceSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The core services the gateway calls.
 *
 * @param billing    open bills, payment posting and the "was this key posted?" query
 * @param enrollment enrollment of non-wage earners, participant reads, coverage counts, collective bills
 * @param employer   employee registration, wage reports, contribution bills and previews
 */
@ConfigurationProperties("gateway.core")
public record CoreSettings(CoreServiceSettings billing, CoreServiceSettings enrollment,
        CoreServiceSettings employer) {}
