package id.jamsostek.gateway.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.TestBank;
import id.jamsostek.gateway.support.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

class IdempotencyStoreIT extends GatewayIntegrationTest {

    private static final byte[] FINGERPRINT = {1, 2, 3};
    private static final String PARTNER = TestBank.ALPHA.id();

    @Autowired
    IdempotencyStore store;

    @Autowired
    IdempotencyPurge purge;

    @Test
    void exactlyOneOfFiftyConcurrentClaimsOfOneKeyWins() {
        String key = UUID.randomUUID().toString();
        Instant expiry = Instant.now().plus(Duration.ofHours(1));
        List<Optional<IdempotencyRecord>> outcomes = Flux.range(0, 50)
                .flatMap(i -> store.claim(PARTNER, "it-scope", key, FINGERPRINT, expiry), 50)
                .collectList()
                .block(Duration.ofSeconds(20));
        assertThat(outcomes).hasSize(50);
        assertThat(outcomes.stream().filter(Optional::isEmpty)).hasSize(1);
        assertThat(outcomes.stream().flatMap(Optional::stream))
                .allSatisfy(existing -> assertThat(existing.sameRequest(FINGERPRINT)).isTrue());
    }

    @Test
    void fiftyConcurrentClaimsOfDistinctKeysAllWinWithTheirOwnFingerprints() {
        String prefix = UUID.randomUUID().toString();
        Instant expiry = Instant.now().plus(Duration.ofHours(1));
        List<Optional<IdempotencyRecord>> outcomes = Flux.range(0, 50)
                .flatMap(i -> store.claim(PARTNER, "it-scope", prefix + i, new byte[] {i.byteValue()}, expiry), 50)
                .collectList()
                .block(Duration.ofSeconds(20));
        assertThat(outcomes).hasSize(50).allSatisfy(won -> assertThat(won).isEmpty());
        assertThat(TestDatabase.count("select count(*) from idempotency_record where idem_key like '" + prefix
                + "%' and fingerprint = decode(lpad(to_hex(substr(idem_key, 37)::int), 2, '0'), 'hex')"))
                .isEqualTo(50);
    }

    @Test
    void recordsTheAnswerAndShowsItToTheNextClaim() {
        String key = UUID.randomUUID().toString();
        Instant expiry = Instant.now().plus(Duration.ofHours(1));
        StepVerifier.create(store.claim(PARTNER, "it-scope", key, FINGERPRINT, expiry)
                        .then(store.complete(PARTNER, "it-scope", key, 200, "{\"ok\":true}".getBytes()))
                        .then(store.claim(PARTNER, "it-scope", key, FINGERPRINT, expiry)))
                .assertNext(existing -> {
                    assertThat(existing).isPresent();
                    assertThat(existing.get().state()).isEqualTo(IdempotencyRecord.State.COMPLETED);
                    assertThat(existing.get().responseStatus()).isEqualTo(200);
                    assertThat(new String(existing.get().responseBody())).isEqualTo("{\"ok\":true}");
                })
                .verifyComplete();
    }

    @Test
    void aReleasedKeyCanBeClaimedAgain() {
        String key = UUID.randomUUID().toString();
        Instant expiry = Instant.now().plus(Duration.ofHours(1));
        StepVerifier.create(store.claim(PARTNER, "it-scope", key, FINGERPRINT, expiry)
                        .then(store.release(PARTNER, "it-scope", key))
                        .then(store.claim(PARTNER, "it-scope", key, FINGERPRINT, expiry)))
                .assertNext(claim -> assertThat(claim).isEmpty())
                .verifyComplete();
    }

    @Test
    void anExpiredRecordIsTakenOverAndPurged() {
        String key = UUID.randomUUID().toString();
        StepVerifier.create(store.claim(PARTNER, "it-scope", key, FINGERPRINT, Instant.now().minusSeconds(1))
                        .then(store.claim(PARTNER, "it-scope", key, new byte[] {9}, Instant.now().minusSeconds(1))))
                .assertNext(claim -> assertThat(claim).as("expired: the key is free again").isEmpty())
                .verifyComplete();
        StepVerifier.create(purge.purgeAll()).assertNext(purged -> assertThat(purged).isPositive()).verifyComplete();
        assertThat(TestDatabase.count("select count(*) from idempotency_record where idem_key = '" + key + "'"))
                .isZero();
    }
}
