package id.jamsostek.gateway.operations;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sampler of the figures operators watch (outbox, exceptions, unknown outcomes, batches), which runs on every
 * instance.
 *
 * @param samplerEnabled whether this instance samples on its own (tests drive it by hand)
 * @param sampleInterval how often the figures are read from PostgreSQL (one query), whatever the scrape rate
 */
@ConfigurationProperties("gateway.operations")
public record OperationsSettings(
        @DefaultValue("true") boolean samplerEnabled,
        @DefaultValue("15s") Duration sampleInterval) {}
