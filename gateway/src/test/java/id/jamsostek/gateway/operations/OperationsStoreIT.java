package id.jamsostek.gateway.operations;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.batch.BatchKind;
import id.jamsostek.gateway.support.TestDatabase;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.test.StepVerifier;

/** The operators' figures read in one statement, on a database of its own whose open work the test knows. */
class OperationsStoreIT {

    private static final String DATABASE = TestDatabase.NAME + "_operations";

    private static OperationsStore store;

    @BeforeAll
    static void openWork() {
        TestDatabase.fresh(DATABASE);
        Flyway.configure().dataSource(TestDatabase.jdbcUrl(DATABASE), TestDatabase.USER, "").load().migrate();
        DatabaseClient db = DatabaseClient.create(ConnectionFactories.get(ConnectionFactoryOptions
                .parse(TestDatabase.r2dbcUrl(DATABASE)).mutate()
                .option(ConnectionFactoryOptions.USER, TestDatabase.USER).build()));
        db.sql("""
                insert into outbox (kind, aggregate_id, state, created_at) values
                    ('POST_PAYMENT', gen_random_uuid(), 'PENDING', now() - interval '90 seconds'),
                    ('POST_PAYMENT', gen_random_uuid(), 'PENDING', now() - interval '10 seconds'),
                    ('POST_PAYMENT', gen_random_uuid(), 'DEAD', now() - interval '1 hour'),
                    ('POST_PAYMENT', gen_random_uuid(), 'DONE', now() - interval '2 hours'),
                    ('NOTIFY', gen_random_uuid(), 'DEAD', now())
                """).then().block();
        store = new OperationsStore(db);
    }

    @Test
    void countsOpenOutboxWorkByKindWithTheAgeOfTheOldestAndListsQuietKindsAndBatchesAtZero() {
        StepVerifier.create(store.read(List.of("POST_PAYMENT", "QUIET")))
                .assertNext(snapshot -> {
                    OperationsSnapshot.OutboxFigures payments = snapshot.outbox().get("POST_PAYMENT");
                    assertThat(payments.pending()).isEqualTo(2);
                    assertThat(payments.dead()).isEqualTo(1);
                    assertThat(payments.oldestPendingAgeSeconds()).isBetween(90.0, 600.0);
                    assertThat(snapshot.outbox().get("NOTIFY")).as("a kind with dead letters only")
                            .isEqualTo(new OperationsSnapshot.OutboxFigures(0, 0, 1));
                    assertThat(snapshot.outbox().get("QUIET")).isEqualTo(new OperationsSnapshot.OutboxFigures(0, 0, 0));
                    assertThat(snapshot.paymentExceptions()).isEqualTo(new OperationsSnapshot.OpenExceptions(0, "0.00"));
                    assertThat(snapshot.unknownOutcomes()).isEqualTo(new OperationsSnapshot.UnknownOutcomes(0, 0));
                    assertThat(snapshot.batchRowsPending()).containsOnlyKeys(
                            java.util.Arrays.stream(BatchKind.values()).map(BatchKind::name).toArray(String[]::new))
                            .allSatisfy((kind, pending) -> assertThat(pending).isZero());
                })
                .verifyComplete();
    }
}
