package id.jamsostek.adapters.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;
import reactor.core.publisher.Mono;
import reactor.netty.resources.ConnectionProvider;
import reactor.test.StepVerifier;

/**
 * A {@link BillingClient} and an {@link EmployerClient} toward a fake core, with fresh Resilience4j registries and a
 * connection pool large enough that the pool never is the limit a test measures.
 */
final class CoreUnderTest implements AutoCloseable {

    final ConnectionProvider pool;
    final ResilientCall resilience;
    final BillingClient client;
    final EmployerClient employers;

    private CoreUnderTest(String baseUrl, CoreServiceSettings settings) {
        this.pool = ConnectionProvider.builder("t").maxConnections(200).build();
        WebClient http = WebClient.builder()
                .baseUrl(baseUrl)
                .clientConnector(new ReactorClientHttpConnector(HttpClient.create(pool)))
                .build();
        this.resilience = new ResilientCall(BillingClient.SERVICE, settings, CircuitBreakerRegistry.ofDefaults(),
                BulkheadRegistry.ofDefaults(), RetryRegistry.ofDefaults());
        this.client = new BillingClient(http, resilience);
        this.employers = new EmployerClient(http, new ResilientCall(EmployerClient.SERVICE, settings,
                CircuitBreakerRegistry.ofDefaults(), BulkheadRegistry.ofDefaults(), RetryRegistry.ofDefaults()));
    }

    static Tuning tuned() {
        return new Tuning();
    }

    /** A deadline no test here reaches. */
    static Deadline plentyOfTime() {
        return Deadline.in(Duration.ofSeconds(5));
    }

    /** The core's problem answer of a contract example, e.g. {@code unknown-customer.json}. */
    static ResponseDefinitionBuilder problem(int status, String example) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody(CoreExamples.core("Problem/valid/" + example));
    }

    static void expectUnavailable(Mono<?> call, CoreUnavailable.Reason reason) {
        StepVerifier.create(call)
                .expectErrorSatisfies(error -> assertThat(error)
                        .isInstanceOfSatisfying(CoreUnavailable.class, u -> assertThat(u.reason()).isEqualTo(reason)))
                .verify(Duration.ofSeconds(5));
    }

    /** One {@link CoreUnderTest} per test toward the fake core, its pool closed after the test. */
    static final class PerTest implements AfterEachCallback {

        private final WireMockExtension core;
        private CoreUnderTest current;

        PerTest(WireMockExtension core) {
            this.core = core;
        }

        CoreUnderTest with(Tuning tuning) {
            close();
            current = tuning.against(core.baseUrl());
            return current;
        }

        @Override
        public void afterEach(ExtensionContext context) {
            close();
        }

        private void close() {
            if (current != null) {
                current.close();
                current = null;
            }
        }
    }

    @Override
    public void close() {
        pool.disposeLater().block(Duration.ofSeconds(5));
    }

    /** Waits until {@code count} reaches at least {@code expected} or two seconds pass; returns the last count. */
    static int awaitAtLeast(int expected, IntSupplier count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        int seen = count.getAsInt();
        while (seen < expected && System.nanoTime() - deadline < 0) {
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
            seen = count.getAsInt();
        }
        return seen;
    }

    /** Settings one test at a time changes; the defaults neither retry nor open the breaker by surprise. */
    static final class Tuning {
        private Duration attemptTimeout = Duration.ofSeconds(2);
        private int maxAttempts = 1;
        private Duration retryBackoff = Duration.ofMillis(10);
        private int maxConcurrentCalls = 100;
        private float failureRateThreshold = 50f;
        private int slidingWindowSize = 100;
        private int minimumNumberOfCalls = 100;
        private Duration waitInOpenState = Duration.ofSeconds(30);

        Tuning attemptTimeout(Duration value) {
            attemptTimeout = value;
            return this;
        }

        Tuning maxAttempts(int value) {
            maxAttempts = value;
            return this;
        }

        Tuning retryBackoff(Duration value) {
            retryBackoff = value;
            return this;
        }

        Tuning maxConcurrentCalls(int value) {
            maxConcurrentCalls = value;
            return this;
        }

        Tuning breaker(int window, int minimumCalls, Duration waitOpen) {
            slidingWindowSize = window;
            minimumNumberOfCalls = minimumCalls;
            waitInOpenState = waitOpen;
            return this;
        }

        CoreServiceSettings settings(String baseUrl) {
            return new CoreServiceSettings(URI.create(baseUrl), attemptTimeout, maxAttempts, retryBackoff,
                    maxConcurrentCalls, failureRateThreshold, slidingWindowSize, minimumNumberOfCalls,
                    waitInOpenState);
        }

        CoreUnderTest against(String baseUrl) {
            return new CoreUnderTest(baseUrl, settings(baseUrl));
        }

        ResilientCall resilience() {
            return new ResilientCall(BillingClient.SERVICE, settings("http://unused.invalid"),
                    CircuitBreakerRegistry.ofDefaults(), BulkheadRegistry.ofDefaults(), RetryRegistry.ofDefaults());
        }
    }
}
