package id.jamsostek.gateway.bankapi;

import id.jamsostek.adapters.bankapi.BankApiClient;
import id.jamsostek.adapters.bankapi.BankCredentials;
import id.jamsostek.adapters.core.ResilientCall;
import id.jamsostek.gateway.partner.BankOutbound;
import id.jamsostek.gateway.partner.BankPartners;
import id.jamsostek.gateway.secrets.SnapClientKey;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * The SNAP client of each bank that has outbound settings (docs/operations/calling-the-banks.md): one per bank, kept with its
 * B2B token and breaker while the bank's settings stay the same; settings changed in the database (another instance
 * registered a new secret) take effect within the partner cache's time to live.
 *
 * <p>Usage: {@code bankApis.client(bankId).flatMap(client -> client.paymentStatus(query))}.
 */
@Component
public class BankApis {

    static final String SERVICE_PREFIX = "bank-api-";

    private final BankPartners partners;
    private final SnapClientKey key;
    private final BankApiSettings settings;
    private final CircuitBreakerRegistry breakers;
    private final BulkheadRegistry bulkheads;
    private final RetryRegistry retries;
    private final Clock clock;
    private final WebClient http;
    private final ConcurrentMap<String, Built> clients = new ConcurrentHashMap<>();

    private record Built(BankOutbound outbound, BankApiClient client) {}

    public BankApis(BankPartners partners, SnapClientKey key, BankApiSettings settings,
            CircuitBreakerRegistry breakers, BulkheadRegistry bulkheads, RetryRegistry retries, Clock clock,
            ReactorResourceFactory resources, ObservationRegistry observations) {
        this.partners = partners;
        this.key = key;
        this.settings = settings;
        this.breakers = breakers;
        this.bulkheads = bulkheads;
        this.retries = retries;
        this.clock = clock;
        // one pool for every bank: Reactor Netty keeps a pool per remote host, each capped like this
        ConnectionProvider pool = ConnectionProvider.builder("bank-api")
                .maxConnections(settings.maxConcurrentCalls())
                .pendingAcquireMaxCount(settings.maxConcurrentCalls())
                .build();
        this.http = WebClient.builder()
                .observationRegistry(observations) // the request's traceparent goes on to the bank too
                .clientConnector(new ReactorClientHttpConnector(HttpClient.create(pool)
                        .runOn(resources.getLoopResources()).compress(false)))
                .codecs(codecs -> codecs.defaultCodecs()
                        .maxInMemorySize(Math.toIntExact(settings.maxAnswerSize().toBytes())))
                .build();
    }

    /**
     * The bank's client; empty when the bank has no outbound settings. Errors {@link IllegalStateException} when
     * the gateway has no key of its own to call banks with ({@code GATEWAY_SECRETS_SNAP_PRIVATE_KEY}).
     */
    public Mono<BankApiClient> client(String bankId) {
        return partners.outbound(bankId).map(outbound -> clients.compute(bankId,
                (id, built) -> built != null && built.outbound().sameAs(outbound) ? built
                        : new Built(outbound, build(id, outbound))).client());
    }

    private BankApiClient build(String bankId, BankOutbound outbound) {
        String service = SERVICE_PREFIX + bankId;
        return new BankApiClient(service, outbound.endpoint(),
                new BankCredentials(key.require(), outbound.clientSecret().bytes()), http,
                new ResilientCall(service, settings.resilienceToward(outbound.endpoint().baseUrl()), breakers,
                        bulkheads, retries),
                settings.timing(), clock);
    }
}
