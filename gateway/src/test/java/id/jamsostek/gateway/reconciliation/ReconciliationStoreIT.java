package id.jamsostek.gateway.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.contracts.Money;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.TestBank;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.test.StepVerifier;

/** Reconciliation runs and their breaks on PostgreSQL: saved whole, read back, closed once by an operator. */
class ReconciliationStoreIT extends GatewayIntegrationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    @Autowired
    ReconciliationStore store;

    @Test
    void savesARunWithItsBreaksAndReadsThemBackAsTheyWere() {
        Break differs = new Break(Break.Cause.AMOUNT_DIFFERS, "key-1", "PRQ-1", "   7770112345", Money.parse("16800.00"),
                Money.parse("36800.00"));
        Break notRecorded = new Break(Break.Cause.NOT_RECORDED_BY_GATEWAY, null, "PRQ-2", "   7770154321",
                Money.parse("96800.00"), null);
        UUID id = store.save(TestBank.ALPHA.id(), DAY, ReconciliationRun.Source.CSV, 3, 2,
                new ThreeWayMatch.Result(1, List.of(differs, notRecorded)), 0).block();

        StepVerifier.create(store.find(id))
                .assertNext(run -> {
                    assertThat(run.partnerId()).isEqualTo(TestBank.ALPHA.id());
                    assertThat(run.businessDate()).isEqualTo(DAY);
                    assertThat(run.source()).isEqualTo(ReconciliationRun.Source.CSV);
                    assertThat(run.bankLines()).isEqualTo(3);
                    assertThat(run.gatewayPayments()).isEqualTo(2);
                    assertThat(run.matched()).isEqualTo(1);
                    assertThat(run.breaks()).extracting(ReconciliationRun.StoredBreak::detail)
                            .containsExactly(differs, notRecorded);
                    assertThat(run.breaks()).extracting(ReconciliationRun.StoredBreak::state).containsOnly("OPEN");
                })
                .verifyComplete();
    }

    @Test
    void aBreakClosesOnceAndStaysClosed() {
        UUID id = store.save(TestBank.ALPHA.id(), DAY, ReconciliationRun.Source.SNAP_REPORT, 1, 0,
                new ThreeWayMatch.Result(0, List.of(new Break(Break.Cause.NOT_RECORDED_BY_GATEWAY, null, "PRQ-3",
                        "   7770100003", Money.parse("16800.00"), null))), 0).block();
        long breakId = store.find(id).block().breaks().getFirst().id();

        assertThat(store.close(breakId, "siti.ops", "bank reversed it").block()).isTrue();
        assertThat(store.close(breakId, "siti.ops", "again").block()).isFalse();
        assertThat(store.find(id).block().breaks().getFirst().state()).isEqualTo("CLOSED");
    }

    @Test
    void anUnknownRunIsNotFound() {
        StepVerifier.create(store.find(UUID.randomUUID())).verifyComplete();
    }
}
