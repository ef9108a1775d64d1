package id.jamsostek.gateway.bankapi;

import id.jamsostek.adapters.bankapi.BankApiTiming;
import id.jamsostek.adapters.core.CoreServiceSettings;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the gateway calls the banks' SNAP services (the same for every bank; each bank has its own breaker).
 *
 * @param callBudget            the one deadline of a status or report call, its token and retries included
 * @param tokenRefreshMargin    how long before expiry a bank's B2B token is replaced
 * @param attemptTimeout        the longest one attempt may take
 * @param maxAttempts           attempts per call, the first included (both services are reads)
 * @param retryBackoff          wait between attempts
 * @param maxConcurrentCalls    calls in flight at once toward one bank, and connections to it
 * @param failureRateThreshold  percentage of failed calls in the window that opens a bank's breaker
 * @param slidingWindowSize     calls a bank's breaker looks back over
 * @param minimumNumberOfCalls  calls before the breaker judges the failure rate
 * @param waitInOpenState       how long a breaker stays open before it lets trial calls through
 * @param maxAnswerSize         the largest answer read: a busy bank's day report is one answer (no paging)
 */
@ConfigurationProperties("gateway.bank-api")
public record BankApiSettings(
        @DefaultValue("15s") Duration callBudget,
        @DefaultValue("60s") Duration tokenRefreshMargin,
        @DefaultValue("5s") Duration attemptTimeout,
        @DefaultValue("2") int maxAttempts,
        @DefaultValue("500ms") Duration retryBackoff,
        @DefaultValue("16") int maxConcurrentCalls,
        @DefaultValue("50") float failureRateThreshold,
        @DefaultValue("20") int slidingWindowSize,
        @DefaultValue("10") int minimumNumberOfCalls,
        @DefaultValue("30s") Duration waitInOpenState,
        @DefaultValue("32MB") DataSize maxAnswerSize) {

    BankApiTiming timing() {
        return new BankApiTiming(callBudget, tokenRefreshMargin);
    }

    /** The resilience of the core clients, toward one bank. */
    CoreServiceSettings resilienceToward(URI baseUrl) {
        return new CoreServiceSettings(baseUrl, attemptTimeout, maxAttempts, retryBackoff, maxConcurrentCalls,
                failureRateThreshold, slidingWindowSize, minimumNumberOfCalls, waitInOpenState);
    }
}
