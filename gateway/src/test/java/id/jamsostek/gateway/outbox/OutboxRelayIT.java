package id.jamsostek.gateway.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Mono;

/** One round of the relay works through every due row, a batch at a time, without waiting for the next tick. */
class OutboxRelayIT extends GatewayIntegrationTest {

    private static final String KIND = "IT_RELAY_DRAIN";

    @Autowired
    OutboxStore outbox;

    @Test
    void aFullBatchIsFollowedAtOnceByTheNextUntilARoundComesBackShort() {
        TestDatabase.count("with inserted as (insert into outbox (kind, aggregate_id, state, next_attempt_at) "
                + "select '" + KIND + "', gen_random_uuid(), 'PENDING', now() - interval '1 second' "
                + "from generate_series(1, 250) returning id) select count(*) from inserted");
        Set<Long> handled = ConcurrentHashMap.newKeySet();
        OutboxHandler handler = new OutboxHandler() {
            @Override
            public String kind() {
                return KIND;
            }

            @Override
            public Mono<Result> handle(OutboxItem item) {
                handled.add(item.id());
                return Mono.just(DONE);
            }
        };
        OutboxSettings settings = new OutboxSettings(false, Duration.ofMinutes(10), 100, Duration.ofSeconds(30), 8,
                Duration.ofSeconds(1), Duration.ofMinutes(5), 30);
        OutboxRelay relay = new OutboxRelay(outbox, List.of(handler), settings);

        Long worked = relay.drain().block(Duration.ofSeconds(30));

        assertThat(worked).isEqualTo(250);
        assertThat(handled).hasSize(250);
        assertThat(TestDatabase.count("select count(*) from outbox where kind = '" + KIND + "' and state <> 'DONE'"))
                .isZero();
    }

    @Test
    void aRoundWithNothingDueEndsAtOnce() {
        OutboxSettings settings = new OutboxSettings(false, Duration.ofMinutes(10), 100, Duration.ofSeconds(30), 8,
                Duration.ofSeconds(1), Duration.ofMinutes(5), 30);
        OutboxRelay relay = new OutboxRelay(outbox, List.of(new OutboxHandler() {
            @Override
            public String kind() {
                return KIND + "_NONE";
            }

            @Override
            public Mono<Result> handle(OutboxItem item) {
                return Mono.just(DONE);
            }
        }), settings);

        assertThat(relay.drain().block(Duration.ofSeconds(10))).isZero();
    }
}
