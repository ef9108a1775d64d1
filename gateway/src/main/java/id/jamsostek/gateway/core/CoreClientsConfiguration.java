package id.jamsostek.gateway.core;

import id.jamsostek.adapters.core.BillingClient;
import id.jamsostek.adapters.core.CoreServiceSettings;
import id.jamsostek.adapters.core.EmployerClient;
import id.jamsostek.adapters.core.EnrollmentClient;
import id.jamsostek.adapters.core.ResilientCall;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import id.jamsostek.snap.SnapTimestamp;
import java.util.function.BiFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/** Clients of the core services, each with its own connection pool sized to its bulkhead. */
@Configuration(proxyBeanMethods = false)
public class CoreClientsConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(SnapTimestamp.JAKARTA);
    }

    /**
     * Event loops of this application's own, not Reactor's global ones: another application closing in the same
     * JVM (a second instance in a test, an embedding launcher) cannot take them down with it.
     */
    @Bean
    ReactorResourceFactory reactorResourceFactory() {
        ReactorResourceFactory factory = new ReactorResourceFactory();
        factory.setUseGlobalResources(false);
        return factory;
    }

    @Bean
    CircuitBreakerRegistry circuitBreakerRegistry() {
        return CircuitBreakerRegistry.ofDefaults();
    }

    @Bean
    BulkheadRegistry bulkheadRegistry() {
        return BulkheadRegistry.ofDefaults();
    }

    @Bean
    RetryRegistry retryRegistry() {
        return RetryRegistry.ofDefaults();
    }

    @Bean
    MeterBinder resilienceMetrics(CircuitBreakerRegistry breakers, BulkheadRegistry bulkheads, RetryRegistry retries) {
        return registry -> {
            TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(registry);
            TaggedBulkheadMetrics.ofBulkheadRegistry(bulkheads).bindTo(registry);
            TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(registry);
        };
    }

    /**
     * What every core client is made of: its pool on the application's event loops, its resilience, and the
     * observation that sends the request's W3C {@code traceparent} on to the core.
     */
    record CoreConnections(CircuitBreakerRegistry breakers, BulkheadRegistry bulkheads, RetryRegistry retries,
            ReactorResourceFactory resources, ObservationRegistry observations) {

        <T> T client(String service, CoreServiceSettings settings, BiFunction<WebClient, ResilientCall, T> client) {
            return client.apply(webClient(service, settings, resources, observations),
                    new ResilientCall(service, settings, breakers, bulkheads, retries));
        }
    }

    @Bean
    CoreConnections coreConnections(CircuitBreakerRegistry breakers, BulkheadRegistry bulkheads,
            RetryRegistry retries, ReactorResourceFactory resources, ObservationRegistry observations) {
        return new CoreConnections(breakers, bulkheads, retries, resources, observations);
    }

    @Bean
    BillingClient billingClient(CoreSettings settings, CoreConnections core) {
        return core.client(BillingClient.SERVICE, settings.billing(), BillingClient::new);
    }

    @Bean
    EnrollmentClient enrollmentClient(CoreSettings settings, CoreConnections core) {
        return core.client(EnrollmentClient.SERVICE, settings.enrollment(), EnrollmentClient::new);
    }

    @Bean
    EmployerClient employerClient(CoreSettings settings, CoreConnections core) {
        return core.client(EmployerClient.SERVICE, settings.employer(), EmployerClient::new);
    }

    /** On the application's event loops (not Reactor's global ones, which another application may shut down). */
    private static WebClient webClient(String service, CoreServiceSettings settings,
            ReactorResourceFactory resources, ObservationRegistry observations) {
        ConnectionProvider pool = ConnectionProvider.builder(service)
                .maxConnections(settings.maxConcurrentCalls())
                .pendingAcquireMaxCount(settings.maxConcurrentCalls())
                .build();
        return WebClient.builder()
                .baseUrl(settings.baseUrl().toString())
                .observationRegistry(observations)
                .clientConnector(new ReactorClientHttpConnector(HttpClient.create(pool)
                        .runOn(resources.getLoopResources()).compress(false)))
                .build();
    }
}
