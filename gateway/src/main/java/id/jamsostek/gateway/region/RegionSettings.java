package id.jamsostek.gateway.region;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The region code list.
 *
 * @param allowSyntheticVillages whether the demo's and tests' made-up village codes
 *     ({@code reference/regions/synthetic-villages.csv}) count as villages: never in production
 */
@ConfigurationProperties("gateway.regions")
public record RegionSettings(@DefaultValue("false") boolean allowSyntheticVillages) {}
