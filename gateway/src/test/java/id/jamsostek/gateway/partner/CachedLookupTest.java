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

    @Test
    void absentKeysAreBoundedByCountAndByBytesAndNeverPushOutAPartnerThatExists() {
        AtomicInteger partnerLoads = new AtomicInteger();
        CachedLookup<String> lookup = new CachedLookup<>(Duration.ofMinutes(1), key -> {
            if (key.equals("sid-saga")) {
                partnerLoads.incrementAndGet();
                return Mono.just("Desa Saga");
            }
            return Mono.empty();
        }, 100, 100 * 256);
        StepVerifier.create(lookup.get("sid-saga")).expectNext("Desa Saga").verifyComplete();

        for (int i = 0; i < 1_000; i++) {
            StepVerifier.create(lookup.get("stranger-" + i)).verifyComplete();
        }
        assertThat(lookup.absentEntries()).isLessThanOrEqualTo(100).isPositive();
        String huge = "x".repeat(10_000); // weighs 20 kB: a few of these fill the bytes long before the count
        for (int i = 0; i < 50; i++) {
            StepVerifier.create(lookup.get(i + huge)).verifyComplete();
        }
        assertThat(lookup.absentBytes()).isLessThanOrEqualTo(100 * 256);

        StepVerifier.create(lookup.get("sid-saga")).expectNext("Desa Saga").verifyComplete();
        assertThat(partnerLoads).hasValue(1);
    }

    @Test
    void fewLargeAbsentKeysFillTheBytesLongBeforeTheCount() {
        CachedLookup<String> lookup = new CachedLookup<>(Duration.ofMinutes(1), key -> Mono.empty(), 100, 100 * 256);
        String huge = "x".repeat(5_000); // about 10 kB each
        for (int i = 0; i < 50; i++) {
            StepVerifier.create(lookup.get(i + huge)).verifyComplete();
        }
        assertThat(lookup.absentEntries()).isBetween(1L, 100 * 256 / CachedLookup.bytes(huge));
        assertThat(lookup.absentBytes()).isLessThanOrEqualTo(100 * 256);
    }
}
