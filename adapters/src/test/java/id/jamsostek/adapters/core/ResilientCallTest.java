package id.jamsostek.adapters.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class ResilientCallTest {

    @RegisterExtension
    static WireMockExtension core = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final String CUSTOMER = "12345678901234567890";
    private static final String OPEN_BILL = "/core/v1/bills/open";
    private static final Duration VERIFY = Duration.ofSeconds(5);

    private CoreUnderTest underTest;

    @AfterEach
    void closePool() {
        if (underTest != null) {
            underTest.close();
        }
    }

    private static int requestsSeen() {
        return core.findAll(anyRequestedFor(anyUrl())).size();
    }

    private static Deadline plentyOfTime() {
        return Deadline.in(Duration.ofSeconds(5));
    }

    private static void expectReason(Mono<?> call, CoreUnavailable.Reason reason) {
        StepVerifier.create(call)
                .expectErrorSatisfies(error -> assertThat(error)
                        .isInstanceOfSatisfying(CoreUnavailable.class, u -> assertThat(u.reason()).isEqualTo(reason)))
                .verify(VERIFY);
    }

    /** An attempt that counts how often it is subscribed, i.e. how often the core would be called. */
    private static <T> Mono<T> counted(AtomicInteger attempts, Mono<T> outcome) {
        return Mono.defer(() -> {
            attempts.incrementAndGet();
            return outcome;
        });
    }

    // --- the breaker, against a fake core -------------------------------------------------------------------------

    @Test
    void breakerOpensAfterRepeatedUnavailabilityAndThenSparesTheCore() {
        core.stubFor(get(urlPathEqualTo(OPEN_BILL)).willReturn(serviceUnavailable()));
        underTest = CoreUnderTest.tuned().breaker(4, 4, Duration.ofSeconds(30)).against(core.baseUrl());

        for (int i = 0; i < 4; i++) {
            expectReason(underTest.client.openBill(CUSTOMER, plentyOfTime()), CoreUnavailable.Reason.SERVER_ERROR);
        }
        assertThat(underTest.resilience.breaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(CoreUnderTest.awaitAtLeast(4, ResilientCallTest::requestsSeen)).isEqualTo(4);

        expectReason(underTest.client.openBill(CUSTOMER, plentyOfTime()), CoreUnavailable.Reason.BREAKER_OPEN);

        assertThat(requestsSeen()).isEqualTo(4);
    }

    @Test
    void breakerCountsTimeoutsAsFailures() {
        core.stubFor(get(urlPathEqualTo(OPEN_BILL))
                .willReturn(okJson(CoreExamples.core("Bill/valid/employer-one-month.json")).withFixedDelay(1_000)));
        underTest = CoreUnderTest.tuned().attemptTimeout(Duration.ofMillis(100)).breaker(4, 4, Duration.ofSeconds(30))
                .against(core.baseUrl());

        for (int i = 0; i < 4; i++) {
            expectReason(underTest.client.openBill(CUSTOMER, plentyOfTime()), CoreUnavailable.Reason.TIMEOUT);
        }

        assertThat(underTest.resilience.breaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void rejectionsNeverOpenTheBreaker() {
        core.stubFor(get(urlPathEqualTo(OPEN_BILL)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody(CoreExamples.core("Problem/valid/unknown-customer.json"))));
        underTest = CoreUnderTest.tuned().breaker(4, 4, Duration.ofSeconds(30)).against(core.baseUrl());

        for (int i = 0; i < 12; i++) {
            StepVerifier.create(underTest.client.openBill(CUSTOMER, plentyOfTime()))
                    .expectError(CoreRejection.class)
                    .verify(VERIFY);
        }

        CircuitBreaker breaker = underTest.resilience.breaker();
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
        assertThat(CoreUnderTest.awaitAtLeast(12, ResilientCallTest::requestsSeen)).isEqualTo(12);
    }

    @Test
    void openBreakerLetsATrialCallThroughAfterItsWait() {
        core.stubFor(get(urlPathEqualTo(OPEN_BILL)).willReturn(serviceUnavailable()));
        underTest = CoreUnderTest.tuned().breaker(4, 4, Duration.ofMillis(200)).against(core.baseUrl());
        for (int i = 0; i < 4; i++) {
            expectReason(underTest.client.openBill(CUSTOMER, plentyOfTime()), CoreUnavailable.Reason.SERVER_ERROR);
        }
        assertThat(underTest.resilience.breaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        core.resetAll();
        core.stubFor(get(urlPathEqualTo(OPEN_BILL))
                .willReturn(okJson(CoreExamples.core("Bill/valid/employer-one-month.json"))));

        long pollUntil = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        CoreBill answered = null;
        while (answered == null && System.nanoTime() - pollUntil < 0) {
            answered = underTest.client.openBill(CUSTOMER, plentyOfTime())
                    .onErrorResume(CoreUnavailable.class, open -> Mono.delay(Duration.ofMillis(20)).then(Mono.empty()))
                    .block(VERIFY);
        }

        assertThat(answered).as("a trial call within 3 s of a 200 ms open state").isNotNull();
        assertThat(underTest.resilience.breaker().getState()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
    }

    // --- retry and mapping, without a network ---------------------------------------------------------------------

    @Test
    void retriesUnavailabilityUpToMaxAttempts() {
        AtomicInteger attempts = new AtomicInteger();
        ResilientCall call = CoreUnderTest.tuned().maxAttempts(3).resilience();

        expectReason(call.idempotent(counted(attempts, Mono.error(
                new CoreUnavailable(BillingClient.SERVICE, CoreUnavailable.Reason.SERVER_ERROR, null))), plentyOfTime()),
                CoreUnavailable.Reason.SERVER_ERROR);

        assertThat(attempts).hasValue(3);
    }

    @Test
    void returnsTheFirstSuccessWithoutFurtherAttempts() {
        AtomicInteger attempts = new AtomicInteger();
        ResilientCall call = CoreUnderTest.tuned().maxAttempts(3).resilience();

        StepVerifier.create(call.idempotent(counted(attempts, Mono.just("bill")), plentyOfTime()))
                .expectNext("bill")
                .verifyComplete();

        assertThat(attempts).hasValue(1);
    }

    @Test
    void doesNotRetryARejectionAndPassesItOnUnchanged() {
        AtomicInteger attempts = new AtomicInteger();
        ResilientCall call = CoreUnderTest.tuned().maxAttempts(3).resilience();
        CoreRejection paid = new CoreRejection(BillingClient.SERVICE, CoreRejection.BILL_ALREADY_PAID, 409);

        StepVerifier.create(call.idempotent(counted(attempts, Mono.error(paid)), plentyOfTime()))
                .expectErrorSatisfies(error -> assertThat(error).isSameAs(paid))
                .verify(VERIFY);

        assertThat(attempts).hasValue(1);
    }

    @Test
    void mapsAnUnexpectedErrorToConnection() {
        ResilientCall call = CoreUnderTest.tuned().resilience();

        expectReason(call.idempotent(Mono.error(new IOException("broken pipe")), plentyOfTime()),
                CoreUnavailable.Reason.CONNECTION);
    }

    @Test
    void aSpentDeadlineFailsAtOnceAsATimeoutWithoutTryingTheCoreOrDroppingAnError() {
        java.util.List<Throwable> dropped = new java.util.concurrent.CopyOnWriteArrayList<>();
        reactor.core.publisher.Hooks.onErrorDropped(dropped::add);
        try {
            AtomicInteger attempts = new AtomicInteger();
            ResilientCall call = CoreUnderTest.tuned().maxAttempts(3).resilience();
            call.breaker().transitionToOpenState();
            Deadline spent = Deadline.in(Duration.ZERO);

            for (int i = 0; i < 200; i++) {
                expectReason(call.idempotent(counted(attempts, Mono.just("bill")), spent),
                        CoreUnavailable.Reason.TIMEOUT);
            }

            assertThat(attempts).hasValue(0);
            assertThat(dropped).isEmpty();
        } finally {
            reactor.core.publisher.Hooks.resetOnErrorDropped();
        }
    }

    @Test
    void anOpenBreakerIsNeitherCalledThroughNorRetried() {
        AtomicInteger attempts = new AtomicInteger();
        ResilientCall call = CoreUnderTest.tuned().maxAttempts(3).resilience();
        call.breaker().transitionToOpenState();

        expectReason(call.idempotent(counted(attempts, Mono.just("bill")), plentyOfTime()),
                CoreUnavailable.Reason.BREAKER_OPEN);

        assertThat(attempts).hasValue(0);
    }

    @Test
    void aFullBulkheadFailsFastWithOverloadedAndIsNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        ResilientCall call = CoreUnderTest.tuned().maxAttempts(3).maxConcurrentCalls(1).resilience();
        Disposable inFlight = call.idempotent(Mono.never(), plentyOfTime()).subscribe(v -> {}, e -> {});
        try {
            expectReason(call.idempotent(counted(attempts, Mono.just("bill")), plentyOfTime()),
                    CoreUnavailable.Reason.OVERLOADED);
            assertThat(attempts).hasValue(0);
        } finally {
            inFlight.dispose();
        }
    }

    @Test
    void bulkheadPermitComesBackWhenTheCallerCancels() {
        // the bank hangs up: the gateway cancels the call; the permit must not leak
        ResilientCall call = CoreUnderTest.tuned().maxConcurrentCalls(1).resilience();
        for (int i = 0; i < 3; i++) {
            StepVerifier.create(call.idempotent(Mono.never(), plentyOfTime()))
                    .expectSubscription()
                    .thenCancel()
                    .verify(VERIFY);
        }

        StepVerifier.create(call.idempotent(Mono.just("bill"), plentyOfTime()))
                .expectNext("bill")
                .verifyComplete();
        assertThat(call.bulkhead().getMetrics().getAvailableConcurrentCalls()).isEqualTo(1);
    }

    @Test
    void bulkheadPermitComesBackWhenTheDeadlineCutsTheCall() {
        ResilientCall call = CoreUnderTest.tuned().maxConcurrentCalls(1).attemptTimeout(Duration.ofSeconds(10))
                .resilience();
        for (int i = 0; i < 3; i++) {
            expectReason(call.idempotent(Mono.never(), Deadline.in(Duration.ofMillis(50))),
                    CoreUnavailable.Reason.TIMEOUT);
        }

        StepVerifier.create(call.idempotent(Mono.just("bill"), plentyOfTime()))
                .expectNext("bill")
                .verifyComplete();
        assertThat(call.bulkhead().getMetrics().getAvailableConcurrentCalls()).isEqualTo(1);
    }
}
