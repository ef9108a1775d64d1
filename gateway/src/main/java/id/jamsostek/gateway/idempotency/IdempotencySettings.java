package id.jamsostek.gateway.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param retention     how long a claimed key and its recorded answer are kept (and a repeat is recognised)
 * @param purgeInterval how often each instance deletes records past their retention
 */
@ConfigurationProperties("gateway.idempotency")
public record IdempotencySettings(@DefaultValue("48h") Duration retention,
        @DefaultValue("10m") Duration purgeInterval) {}
