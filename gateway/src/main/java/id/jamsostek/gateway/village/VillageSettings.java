package id.jamsostek.gateway.village;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The village channel.
 *
 * @param maxBatchSize people one enrollment batch may carry (the contract allows at most 1,000)
 */
@ConfigurationProperties("gateway.village")
public record VillageSettings(@DefaultValue("1000") int maxBatchSize) {}
