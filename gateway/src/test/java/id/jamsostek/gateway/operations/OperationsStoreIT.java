package id.jamsostek.gateway.operations;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.batch.BatchKind;
import id.jamsostek.gateway.support.TestDatabase;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.test.StepVerifier;

/**
 * The operators' figures read in one statement, on a database of its own whose open work the test knows: the
 * outbox by kind, open payment exceptions, accepted payments without an outcome, batch rows still pending.
 */
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
        db.sql("""
                insert into partner (id, kind, display_name) values ('ops-bank', 'BANK', 'Ops Bank'),
                    ('ops-village', 'VILLAGE', 'Ops Village');
                insert into bank_payment (id, payment_key, partner_id, company_code, customer_no, virtual_account_no,
                        payment_request_id, amount, currency, state, accepted_at) values
                    ('00000000-0000-0000-0000-000000000001', 'k1', 'ops-bank', '77701', 'c1', 'va1', 'p1', 150000.00,
                        'IDR', 'ACCEPTED', now() - interval '120 seconds'),
                    ('00000000-0000-0000-0000-000000000002', 'k2', 'ops-bank', '77701', 'c2', 'va2', 'p2', 8400.00,
                        'IDR', 'ACCEPTED', now() - interval '5 seconds'),
                    ('00000000-0000-0000-0000-000000000003', 'k3', 'ops-bank', '77701', 'c3', 'va3', 'p3', 16800.00,
                        'IDR', 'REFUND_DUE', now()),
                    ('00000000-0000-0000-0000-000000000004', 'k4', 'ops-bank', '77701', 'c4', 'va4', 'p4', 33600.00,
                        'IDR', 'REFUND_DUE', now()),
                    ('00000000-0000-0000-0000-000000000005', 'k5', 'ops-bank', '77701', 'c5', 'va5', 'p5', 1000.00,
                        'IDR', 'POSTED', now());
                insert into payment_exception (payment_id, reason, refund_to, amount, state) values
                    ('00000000-0000-0000-0000-000000000003', 'bill paid twice', 'ops-bank', 16800.00, 'OPEN'),
                    ('00000000-0000-0000-0000-000000000004', 'bill expired', 'ops-bank', 33600.00, 'OPEN'),
                    ('00000000-0000-0000-0000-000000000005', 'settled by hand', 'ops-bank', 1000.00, 'CLOSED');
                insert into batch (id, partner_id, total, kind) values
                    ('00000000-0000-0000-0000-0000000000b1', 'ops-village', 3, 'VILLAGE_ENROLLMENT');
                insert into batch_row (id, batch_id, row_index, request, outcome) values
                    ('00000000-0000-0000-0000-0000000000a1', '00000000-0000-0000-0000-0000000000b1', 0, '{}', 'PENDING'),
                    ('00000000-0000-0000-0000-0000000000a2', '00000000-0000-0000-0000-0000000000b1', 1, '{}', 'PENDING'),
                    ('00000000-0000-0000-0000-0000000000a3', '00000000-0000-0000-0000-0000000000b1', 2, '{}', 'CREATED');
                insert into outbox (kind, aggregate_id, state) values
                    ('ENROLLMENT_ROW', '00000000-0000-0000-0000-0000000000a1', 'PENDING'),
                    ('ENROLLMENT_ROW', '00000000-0000-0000-0000-0000000000a2', 'DEAD'),
                    ('ENROLLMENT_ROW', '00000000-0000-0000-0000-0000000000a3', 'DONE');
                """).then().block();
        store = new OperationsStore(db);
    }

    @Test
    void countsOpenOutboxWorkByKindWithTheAgeOfTheOldestAndListsQuietKindsAtZero() {
        StepVerifier.create(store.read(List.of("POST_PAYMENT", "QUIET")))
                .assertNext(snapshot -> {
                    OperationsSnapshot.OutboxFigures payments = snapshot.outbox().get("POST_PAYMENT");
                    assertThat(payments.pending()).isEqualTo(2);
                    assertThat(payments.dead()).isEqualTo(1);
                    assertThat(payments.oldestPendingAgeSeconds()).isBetween(90.0, 600.0);
                    assertThat(snapshot.outbox().get("NOTIFY")).as("a kind with dead letters only")
                            .isEqualTo(new OperationsSnapshot.OutboxFigures(0, 0, 1));
                    assertThat(snapshot.outbox().get("QUIET")).isEqualTo(new OperationsSnapshot.OutboxFigures(0, 0, 0));
                })
                .verifyComplete();
    }

    @Test
    void sumsTheOpenPaymentExceptionsOnlyAsAWireAmount() {
        StepVerifier.create(store.read(List.of()))
                .assertNext(snapshot -> assertThat(snapshot.paymentExceptions())
                        .isEqualTo(new OperationsSnapshot.OpenExceptions(2, "50400.00")))
                .verifyComplete();
    }

    @Test
    void countsAcceptedPaymentsAwaitingTheirOutcomeWithTheAgeOfTheOldest() {
        StepVerifier.create(store.read(List.of()))
                .assertNext(snapshot -> {
                    assertThat(snapshot.unknownOutcomes().payments()).isEqualTo(2);
                    assertThat(snapshot.unknownOutcomes().oldestAgeSeconds()).isBetween(120.0, 600.0);
                })
                .verifyComplete();
    }

    @Test
    void countsBatchRowsStillPendingWithOpenWorkPerBatchKindAndListsEveryKind() {
        StepVerifier.create(store.read(List.of()))
                .assertNext(snapshot -> {
                    assertThat(snapshot.batchRowsPending()).containsOnlyKeys(
                            Arrays.stream(BatchKind.values()).map(BatchKind::name).toArray(String[]::new));
                    assertThat(snapshot.batchRowsPending()).as("a pending row with an open outbox row, dead or not")
                            .containsEntry("VILLAGE_ENROLLMENT", 2L).containsEntry("EMPLOYEE_REGISTRATION", 0L);
                    assertThat(snapshot.outbox().get("ENROLLMENT_ROW"))
                            .isEqualTo(new OperationsSnapshot.OutboxFigures(1, snapshot.outbox().get("ENROLLMENT_ROW")
                                    .oldestPendingAgeSeconds(), 1));
                })
                .verifyComplete();
    }
}
