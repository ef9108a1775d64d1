package id.jamsostek.gateway.core;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the health endpoint finds out whether the core answers.
 *
 * @param path     asked with GET on each core service; any answer below 500 counts as reachable
 * @param interval how long a probe's result is shown before the core is asked again, whatever the scrape rate
 * @param timeout  how long a probe waits for an answer
 */
@ConfigurationProperties("gateway.core-probe")
public record CoreProbeSettings(String path, Duration interval, Duration timeout) {}
