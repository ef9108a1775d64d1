package id.jamsostek.adapters.core;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * The bulkhead is sized on purpose (design pitfall 2: Spring Cloud's default of 25 concurrent calls throttles a
 * gateway at peak): a large one lets a burst through, a small one sheds the excess at once instead of queueing it.
 */
class BulkheadSizingTest {

    @RegisterExtension
    static WireMockExtension core = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().containerThreads(150).jettyAcceptQueueSize(512)
                    .asynchronousResponseEnabled(true).asynchronousResponseThreads(100))
            .build();

    private static final String CUSTOMER = "12345678901234567890";
    private static final Duration CORE_DELAY = Duration.ofMillis(300);

    private CoreUnderTest underTest;

    @BeforeEach
    void slowCore() {
        core.stubFor(get(urlPathEqualTo("/core/v1/bills/open"))
                .willReturn(okJson(CoreExamples.core("Bill/valid/employer-one-month.json"))
                        .withFixedDelay((int) CORE_DELAY.toMillis())));
    }

    @AfterEach
    void closePool() {
        if (underTest != null) {
            underTest.close();
        }
    }

    private record Outcome(String result, Duration took) {}

    /** The outcome of one call, with its time; generous timeouts so that a loaded build machine sheds nothing. */
    private Mono<Outcome> timedOpenBill() {
        return Mono.fromSupplier(System::nanoTime).flatMap(start -> underTest.client
                .openBill(CUSTOMER, Deadline.in(Duration.ofSeconds(8)))
                .map(bill -> new Outcome("OK", Duration.ofNanos(System.nanoTime() - start)))
                .onErrorResume(CoreUnavailable.class, failed -> Mono.just(
                        new Outcome(failed.reason().name(), Duration.ofNanos(System.nanoTime() - start)))));
    }

    @Test
    void aBulkheadOf100LetsSixtyConcurrentCallsThrough() {
        underTest = CoreUnderTest.tuned().maxConcurrentCalls(100).attemptTimeout(Duration.ofSeconds(6))
                .against(core.baseUrl());

        StepVerifier.create(Flux.range(0, 60).flatMap(i -> timedOpenBill(), 60).collectList())
                .assertNext(outcomes -> assertThat(outcomes).hasSize(60)
                        .allSatisfy(o -> assertThat(o.result()).as("%s", outcomes).isEqualTo("OK")))
                .expectComplete()
                .verify(Duration.ofSeconds(15));

        assertThat(CoreUnderTest.awaitAtLeast(60, () -> core.findAll(anyRequestedFor(anyUrl())).size())).isEqualTo(60);
        assertThat(underTest.resilience.bulkhead().getMetrics().getAvailableConcurrentCalls()).isEqualTo(100);
    }

    @Test
    void aBulkheadOf10ShedsTheExcessOfThirtyCallsFastAndNoneHang() {
        underTest = CoreUnderTest.tuned().maxConcurrentCalls(10).attemptTimeout(Duration.ofSeconds(6))
                .against(core.baseUrl());

        List<Outcome> outcomes = Flux.range(0, 30).flatMap(i -> timedOpenBill(), 30)
                .collectList()
                .block(Duration.ofSeconds(15));

        assertThat(outcomes).hasSize(30);
        List<Outcome> served = outcomes.stream().filter(o -> o.result().equals("OK")).toList();
        List<Outcome> shed = outcomes.stream().filter(o -> o.result().equals("OVERLOADED")).toList();
        assertThat(served.size() + shed.size()).as("every call is served or shed: %s", outcomes).isEqualTo(30);
        assertThat(served).hasSizeBetween(1, 10);
        assertThat(shed).hasSizeGreaterThanOrEqualTo(20);
        assertThat(shed).allSatisfy(o -> assertThat(o.took()).isLessThan(CORE_DELAY));
        assertThat(CoreUnderTest.awaitAtLeast(served.size(), () -> core.findAll(anyRequestedFor(anyUrl())).size()))
                .as("shed calls never reach the core").isEqualTo(served.size());
        assertThat(underTest.resilience.bulkhead().getMetrics().getAvailableConcurrentCalls()).isEqualTo(10);
        assertThat(underTest.resilience.breaker().getMetrics().getNumberOfFailedCalls())
                .as("shedding load is not a core failure").isZero();
    }
}
