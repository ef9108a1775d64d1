package id.jamsostek.gateway.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.TestDatabase;
import id.jamsostek.gateway.support.TestEmployerPlatform;
import id.jamsostek.gateway.support.TestVillage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Batches of every kind in one store: each found only as its kind and by its partner, each row settled once. */
class BatchStoreIT extends GatewayIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String PAYROLL = TestEmployerPlatform.PAYROLL.id();

    @Autowired
    BatchStore batches;

    @AfterEach
    void leaveNoEmployeeRowsToDo() {
        // no handler serves EMPLOYEE_ROW yet: rows left pending would only grow the outbox others measure
        TestDatabase.execute("update outbox set state = 'DONE' where kind = 'EMPLOYEE_ROW' and state <> 'DONE'");
    }

    private UUID create(BatchKind kind, String partnerId, String subject, BatchStore.NewRow... rows) {
        return batches.create(kind, partnerId, subject, List.of(rows)).block(WAIT);
    }

    private static BatchStore.NewRow toDo(int index) {
        return new BatchStore.NewRow(index, "{\"nik\": \"3603011407910" + (100 + index) + "\"}", null);
    }

    private static BatchStore.NewRow rejected(int index) {
        return new BatchStore.NewRow(index, "{}", "{\"type\": \"https://api.jamsostek.example/problems/x\"}");
    }

    @Test
    void aBatchIsFoundOnlyAsItsKindAndByItsPartner() {
        UUID village = create(BatchKind.VILLAGE_ENROLLMENT, TestVillage.SAGA.id(), null, rejected(0));
        UUID employees = create(BatchKind.EMPLOYEE_REGISTRATION, PAYROLL, "19012345/000", toDo(0));

        assertThat(batches.batch(village, TestVillage.SAGA.id(), BatchKind.VILLAGE_ENROLLMENT).block(WAIT))
                .extracting(BatchStore.Batch::total, BatchStore.Batch::subject).containsExactly(1, null);
        assertThat(batches.batch(village, TestVillage.SAGA.id(), BatchKind.EMPLOYEE_REGISTRATION).block(WAIT))
                .as("another kind's batch").isNull();
        assertThat(batches.batch(village, TestVillage.BOGOR.id(), BatchKind.VILLAGE_ENROLLMENT).block(WAIT))
                .as("another partner's batch").isNull();
        assertThat(batches.batch(employees, PAYROLL, BatchKind.EMPLOYEE_REGISTRATION).block(WAIT).subject())
                .isEqualTo("19012345/000");
        assertThat(batches.batch(employees, PAYROLL, BatchKind.VILLAGE_ENROLLMENT).block(WAIT)).isNull();
        assertThat(batches.batch(employees, TestEmployerPlatform.OTHER.id(), BatchKind.EMPLOYEE_REGISTRATION)
                .block(WAIT)).isNull();
    }

    @Test
    void queuesEveryRowToDoUnderItsKindsOutboxKindAndNoRejectedOne() {
        UUID batch = create(BatchKind.EMPLOYEE_REGISTRATION, PAYROLL, "19012345/001", toDo(0), rejected(1),
                toDo(2));

        List<BatchRow> rows = batches.batch(batch, PAYROLL, BatchKind.EMPLOYEE_REGISTRATION).block(WAIT).rows();
        assertThat(rows).extracting(BatchRow::index, BatchRow::outcome).containsExactly(
                tuple(0, BatchRow.Outcome.PENDING),
                tuple(1, BatchRow.Outcome.REJECTED),
                tuple(2, BatchRow.Outcome.PENDING));
        for (BatchRow row : rows) {
            long queued = TestDatabase.count("select count(*) from outbox where kind = 'EMPLOYEE_ROW' "
                    + "and state = 'PENDING' and aggregate_id = '" + row.id() + "'");
            assertThat(queued).as("row %d", row.index()).isEqualTo(row.outcome() == BatchRow.Outcome.PENDING ? 1 : 0);
        }
        BatchRow first = batches.row(rows.getFirst().id()).block(WAIT);
        assertThat(first.subject()).isEqualTo("19012345/001");
        assertThat(first.partnerId()).isEqualTo(PAYROLL);
        assertThat(first.request()).contains("\"nik\"");
    }

    @Test
    void aRowIsSettledOnceAndStaysAsFirstSettled() {
        UUID batch = create(BatchKind.EMPLOYEE_REGISTRATION, PAYROLL, "19012345/000", toDo(0));
        UUID row = batches.batch(batch, PAYROLL, BatchKind.EMPLOYEE_REGISTRATION).block(WAIT).rows().getFirst().id();

        batches.settle(row, BatchStore.Settlement.created("26031400789")).block(WAIT);
        batches.settle(row, BatchStore.Settlement.rejected("{\"late\": true}")).block(WAIT);
        batches.settle(row, BatchStore.Settlement.existing("11111111111")).block(WAIT);

        BatchRow settled = batches.row(row).block(WAIT);
        assertThat(settled.outcome()).isEqualTo(BatchRow.Outcome.CREATED);
        assertThat(settled.kpj()).isEqualTo("26031400789");
        assertThat(settled.problem()).isNull();
    }
}
