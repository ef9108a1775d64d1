package id.jamsostek.gateway.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

class CachedLookupTest {

    @Test
    void oneWaiterGivingUpDoesNotCancelTheLookUpTheOthersWaitFor() {
        Sinks.One<String> database = Sinks.one();
        AtomicInteger loads = new AtomicInteger();
        CachedLookup<String> lookup = new CachedLookup<>(Duration.ofMinutes(1), key -> {
            loads.incrementAndGet();
            return database.asMono();
        });

        lookup.get("bank-a").subscribe().dispose(); // a request whose client went away
        StepVerifier.create(lookup.get("bank-a"))
                .then(() -> database.tryEmitValue("Bank A"))
                .expectNext("Bank A")
                .verifyComplete();
        assertThat(loads).hasValue(1);
    }

    @Test
    void anAbsentPartnerIsCachedAsAbsent() {
        AtomicInteger loads = new AtomicInteger();
        CachedLookup<String> lookup = new CachedLookup<>(Duration.ofMinutes(1), key -> {
            loads.incrementAndGet();
            return Mono.empty();
        });
        StepVerifier.create(lookup.get("nobody")).verifyComplete();
        StepVerifier.create(lookup.get("nobody")).verifyComplete();
        assertThat(loads).hasValue(1);
    }
}
