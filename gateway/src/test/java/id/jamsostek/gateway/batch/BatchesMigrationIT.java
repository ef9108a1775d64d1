package id.jamsostek.gateway.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.jamsostek.gateway.support.TestDatabase;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * V7 turns the village's enrollment batches into batches of every kind: a village batch accepted before it (rows
 * settled and rows still to do, their outbox rows) is read through the batch store afterwards, outcomes renamed.
 */
class BatchesMigrationIT {

    /** Named after this checkout's test database, so two checkouts testing at once never share it. */
    private static final String DATABASE = TestDatabase.NAME + "_v7";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final UUID BATCH = UUID.fromString("5b1f3c2e-0d4a-4c8e-9f6b-7a2d1e3c4b50");
    private static final UUID TO_DO = UUID.fromString("5b1f3c2e-0d4a-4c8e-9f6b-7a2d1e3c4b54");

    private static BatchStore store;

    @BeforeAll
    static void migrateAVillageBatchAcceptedBeforeV7() throws SQLException {
        TestDatabase.fresh(DATABASE);
        flyway("6").migrate();
        sql("""
                insert into partner (id, kind, display_name) values ('it-v7-village', 'VILLAGE', 'Desa V7');
                insert into enrollment_batch (id, partner_id, total) values ('%1$s', 'it-v7-village', 4);
                insert into enrollment_batch_row (id, batch_id, row_index, request, outcome, kpj, problem) values
                  ('5b1f3c2e-0d4a-4c8e-9f6b-7a2d1e3c4b51', '%1$s', 0, '{"nik": "1"}', 'ENROLLED', '26031400789', null),
                  ('5b1f3c2e-0d4a-4c8e-9f6b-7a2d1e3c4b52', '%1$s', 1, '{"nik": "2"}', 'ALREADY_PARTICIPANT', null, null),
                  ('5b1f3c2e-0d4a-4c8e-9f6b-7a2d1e3c4b53', '%1$s', 2, '{"nik": "2"}', 'REJECTED', null,
                   '{"type": "https://api.jamsostek.example/problems/duplicate-in-batch", "pointer": "/items/2/nik"}'),
                  ('%2$s', '%1$s', 3, '{"nik": "4"}', 'PENDING', null, null);
                insert into outbox (kind, aggregate_id, state) values ('ENROLLMENT_ROW', '%2$s', 'PENDING');
                """.formatted(BATCH, TO_DO));
        flyway(null).migrate();
        ConnectionFactory database = ConnectionFactories.get(ConnectionFactoryOptions
                .parse(TestDatabase.r2dbcUrl(DATABASE)).mutate()
                .option(ConnectionFactoryOptions.USER, TestDatabase.USER).build());
        store = new BatchStore(DatabaseClient.create(database),
                TransactionalOperator.create(new R2dbcTransactionManager(database)));
    }

    private static Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(TestDatabase.jdbcUrl(DATABASE), TestDatabase.USER, "");
        // repeatable migrations (R__) are written for the latest schema: none runs before it
        return (target == null ? configuration
                : configuration.target(target).repeatableSqlMigrationPrefix("not-yet-")).load();
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(TestDatabase.jdbcUrl(DATABASE), TestDatabase.USER, "");
    }

    private static void sql(String statements) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(statements);
        }
    }

    private static long count(String query) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void aVillageBatchFromBeforeIsAVillageEnrollmentBatchWithItsRowsOutcomesRenamed() {
        BatchStore.Batch batch = store.batch(BATCH, "it-v7-village", BatchKind.VILLAGE_ENROLLMENT).block(WAIT);

        assertThat(batch.total()).isEqualTo(4);
        assertThat(batch.subject()).isNull();
        assertThat(batch.rows()).extracting(BatchRow::index, BatchRow::outcome, BatchRow::kpj).containsExactly(
                tuple(0, BatchRow.Outcome.CREATED, "26031400789"),
                tuple(1, BatchRow.Outcome.EXISTING, null),
                tuple(2, BatchRow.Outcome.REJECTED, null),
                tuple(3, BatchRow.Outcome.PENDING, null));
        assertThat(batch.rows().get(2).problem()).contains("/items/2/nik");
        assertThat(store.batch(BATCH, "it-v7-village", BatchKind.EMPLOYEE_REGISTRATION).block(WAIT)).isNull();
    }

    @Test
    void aRowStillToDoKeepsItsOutboxRowUnderTheKindTheVillageRowsAreServedUnder() throws SQLException {
        assertThat(count("select count(*) from outbox where state = 'PENDING' and aggregate_id = '" + TO_DO
                + "' and kind = '" + BatchKind.VILLAGE_ENROLLMENT.outboxKind() + "'")).isEqualTo(1);
        BatchRow row = store.row(TO_DO).block(WAIT);
        assertThat(row.outcome()).isEqualTo(BatchRow.Outcome.PENDING);
        assertThat(row.partnerId()).isEqualTo("it-v7-village");
        assertThat(row.request()).contains("\"nik\"");
    }

    @Test
    void theSchemaRefusesAnUnknownKindAndTheOldOutcomes() {
        assertThatThrownBy(() -> sql("update batch set kind = 'SOMETHING_ELSE' where id = '" + BATCH + "'"))
                .hasMessageContaining("batch_kind_check");
        assertThatThrownBy(() -> sql("update batch_row set outcome = 'ENROLLED' where batch_id = '" + BATCH + "'"))
                .hasMessageContaining("batch_row_outcome_check");
    }
}
