package id.jamsostek.gateway.payment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bank payments.
 *
 * @param fastPathGrace  how long the relay leaves a fresh payment to the request that accepted it
 * @param answerReserve  what the fast path keeps of the bank's deadline to record the outcome and answer
 * @param snapshotMaxAge how old an inquiry's view of a bill may be to check a payment while the core is down
 */
@ConfigurationProperties("gateway.payments")
public record PaymentSettings(
        @DefaultValue("30s") Duration fastPathGrace,
        @DefaultValue("300ms") Duration answerReserve,
        @DefaultValue("24h") Duration snapshotMaxAge) {}
