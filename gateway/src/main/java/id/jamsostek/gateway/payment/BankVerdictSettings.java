package id.jamsostek.gateway.payment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Asking banks (SNAP status service 26) about the payments they were told were pending.
 *
 * @param enabled       whether this instance asks (every instance may: a verdict is recorded once)
 * @param interval      time between rounds
 * @param after         how long after acceptance a payment is first asked about (the bank's advice may come first)
 * @param askAgainAfter how long after an answer that settled nothing it is asked again
 * @param batch         payments asked about per round
 */
@ConfigurationProperties("gateway.payments.bank-verdicts")
public record BankVerdictSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1m") Duration interval,
        @DefaultValue("10m") Duration after,
        @DefaultValue("10m") Duration askAgainAfter,
        @DefaultValue("100") int batch) {}
