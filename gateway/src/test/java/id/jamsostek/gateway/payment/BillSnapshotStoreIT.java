package id.jamsostek.gateway.payment;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.adapters.core.CoreBill;
import id.jamsostek.contracts.Money;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.TestBank;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.test.StepVerifier;

/** The bills banks saw at inquiry, kept to check a payment while the core is down: the store on PostgreSQL. */
class BillSnapshotStoreIT extends GatewayIntegrationTest {

    private static final Duration A_DAY = Duration.ofHours(24);

    @Autowired
    BillSnapshotStore store;

    private final String va = "   77701" + UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 10);

    private static BillSnapshot snapshot(String billId, String total, CoreBill.Status status) {
        return new BillSnapshot(billId, Money.parse(total), status, "SI*I RA***H", "[{\"program\":\"JKK\"}]", null);
    }

    @Test
    void keepsTheLatestViewOfEachVirtualAccountPerBank() {
        StepVerifier.create(store.save(TestBank.ALPHA.id(), va, snapshot("B-1", "16800.00", CoreBill.Status.UNPAID))
                        .then(store.save(TestBank.ALPHA.id(), va, snapshot("B-2", "36800.00", CoreBill.Status.PAID)))
                        .then(store.find(TestBank.ALPHA.id(), va, A_DAY)))
                .assertNext(found -> {
                    assertThat(found.billId()).isEqualTo("B-2");
                    assertThat(found.totalAmount()).isEqualTo(Money.parse("36800.00"));
                    assertThat(found.status()).isEqualTo(CoreBill.Status.PAID);
                    assertThat(found.holderNameMasked()).isEqualTo("SI*I RA***H");
                    assertThat(found.billDetails()).contains("JKK");
                    assertThat(found.fetchedAt()).isNotNull();
                })
                .verifyComplete();
    }

    @Test
    void anotherBanksViewOfTheSameAccountIsApart() {
        StepVerifier.create(store.save(TestBank.ALPHA.id(), va, snapshot("B-1", "16800.00", CoreBill.Status.UNPAID))
                        .then(store.find(TestBank.BETA.id(), va, A_DAY)))
                .verifyComplete();
    }

    @Test
    void aViewOlderThanTheAgeAskedIsNotFound() {
        StepVerifier.create(store.save(TestBank.ALPHA.id(), va, snapshot("B-1", "16800.00", CoreBill.Status.UNPAID))
                        .then(store.find(TestBank.ALPHA.id(), va, Duration.ZERO)))
                .verifyComplete();
        StepVerifier.create(store.find(TestBank.ALPHA.id(), va, A_DAY))
                .assertNext(found -> assertThat(found.billId()).isEqualTo("B-1"))
                .verifyComplete();
    }
}
