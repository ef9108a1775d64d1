package id.jamsostek.adapters.bankapi;

import id.jamsostek.adapters.core.ResilientCall;
import java.time.Clock;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * What every request to one bank goes through: where and as whom, the keys, the HTTP client, the bank's own
 * resilience and the clock of its timestamps.
 *
 * @param service  the name of the bank's breaker and of its messages
 */
record BankLine(String service, BankEndpoint endpoint, BankCredentials credentials, WebClient http,
        ResilientCall resilience, Clock clock) {

    SnapAnswers answers() {
        return new SnapAnswers(service);
    }
}
