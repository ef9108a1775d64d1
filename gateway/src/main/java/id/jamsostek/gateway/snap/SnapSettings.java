package id.jamsostek.gateway.snap;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SNAP settings shared by every bank.
 *
 * @param timestampSkew   how far X-TIMESTAMP may be from the gateway's clock, either way
 * @param tokenLifetime   how long a B2B access token is valid (SNAP: 900 s)
 */
@ConfigurationProperties("gateway.snap")
public record SnapSettings(@DefaultValue("5m") Duration timestampSkew, @DefaultValue("900s") Duration tokenLifetime) {}
