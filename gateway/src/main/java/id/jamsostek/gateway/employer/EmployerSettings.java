package id.jamsostek.gateway.employer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The employer channel.
 *
 * @param maxBatchSize employees one registration batch may carry (the contract allows at most 1,000)
 */
@ConfigurationProperties("gateway.employer")
public record EmployerSettings(@DefaultValue("1000") int maxBatchSize) {}
