package id.jamsostek.gateway.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.TestDatabase;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Flux;

/** Leasing is safe with several instances: no row is worked on twice at once, and a dead instance's rows return. */
class OutboxStoreIT extends GatewayIntegrationTest {

    private static final String KIND = "IT_LEASE_TEST";

    @Autowired
    OutboxStore outbox;

    @Test
    void instancesLeasingAtOnceNeverGetTheSameRow() {
        insertDue(40);
        List<List<OutboxItem>> leases = Flux.range(0, 8)
                .flatMap(instance -> outbox.lease("instance-" + instance, java.util.List.of(KIND), 10, Duration.ofMinutes(5)).collectList(), 8)
                .collectList()
                .block(Duration.ofSeconds(20));
        Set<Long> seen = new HashSet<>();
        int ours = 0;
        for (List<OutboxItem> lease : leases) {
            for (OutboxItem item : lease) {
                assertThat(seen.add(item.id())).as("row %s leased twice", item.id()).isTrue();
                if (KIND.equals(item.kind())) {
                    ours++;
                }
            }
        }
        assertThat(ours).isEqualTo(40);
        finish();
    }

    @Test
    void aRowWhoseLeaseRanOutIsLeasedAgainByAnotherInstance() {
        insertDue(1);
        List<OutboxItem> first = ours(outbox.lease("dead-instance", java.util.List.of(KIND), 100, Duration.ofMillis(1)));
        assertThat(first).hasSize(1);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<OutboxItem> again = List.of();
        while (again.isEmpty() && System.nanoTime() < deadline) {
            again = ours(outbox.lease("live-instance", java.util.List.of(KIND), 100, Duration.ofMinutes(5)));
        }
        assertThat(again).extracting(OutboxItem::id).containsExactly(first.getFirst().id());
        assertThat(again.getFirst().attempts()).isEqualTo(2);
        assertThat(ours(outbox.lease("third-instance", java.util.List.of(KIND), 100, Duration.ofMinutes(5))))
                .as("a live lease is not taken").isEmpty();
        finish();
    }

    @Test
    void deadLettersComeNewestFirstUpToTheLimit() {
        UUID older = insert("DEAD");
        UUID newer = insert("DEAD");

        List<OutboxStore.DeadLetter> letters = outbox.deadLetters(2).collectList().block(Duration.ofSeconds(10));

        assertThat(letters).extracting(OutboxStore.DeadLetter::aggregateId).containsExactly(newer, older);
        finish();
    }

    private List<OutboxItem> ours(Flux<OutboxItem> lease) {
        return lease.filter(item -> KIND.equals(item.kind())).collectList().block(Duration.ofSeconds(10));
    }

    private static void insertDue(int rows) {
        for (int i = 0; i < rows; i++) {
            insert("PENDING");
        }
    }

    /** One row of this test's kind, due a second ago. */
    private static UUID insert(String state) {
        UUID aggregate = UUID.randomUUID();
        TestDatabase.execute("insert into outbox (kind, aggregate_id, state, next_attempt_at) values ('" + KIND + "', '"
                + aggregate + "', '" + state + "', now() - interval '1 second')");
        return aggregate;
    }

    private static void finish() {
        TestDatabase.execute("update outbox set state = 'DONE' where kind = '" + KIND + "' and state <> 'DONE'");
    }
}
