package id.jamsostek.gateway.payment;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.adapters.bank.PaymentFlag;
import id.jamsostek.contracts.Money;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.TestBank;
import id.jamsostek.gateway.support.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/**
 * Bank payments and the exceptions they leave, on PostgreSQL: a payment and its outbox row are one statement, the
 * unique indexes refuse a second payment of the same key or bill, and a refusal after an answer is listed for refund
 * until an operator closes it.
 */
class BankPaymentStoreIT extends GatewayIntegrationTest {

    private static final Duration GRACE = Duration.ofSeconds(30);

    @Autowired
    BankPaymentStore payments;

    @Autowired
    PaymentExceptionStore exceptions;

    private final String run = UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 10);

    private NewPayment payment(String key, String customerNo, String billId) {
        return new NewPayment(key + run, TestBank.ALPHA.id(), "77701", customerNo + run, "   77701" + customerNo + run,
                "PRQ-" + key + run, "SI*I RA***H", billId == null ? null : billId + run, "[]", Money.parse("16800.00"));
    }

    private static long openOutboxRows(UUID paymentId) {
        return TestDatabase.count("select count(*) from outbox where kind = 'BANK_PAYMENT' and state <> 'DONE'"
                + " and aggregate_id = '" + paymentId + "'");
    }

    @Test
    void acceptsAPaymentWithItsOutboxRowOnceUnderItsKey() {
        BankPayment accepted = payments.accept(payment("K1", "1", "BILL-1"), GRACE).block();
        assertThat(accepted.state()).isEqualTo(BankPayment.State.ACCEPTED);
        assertThat(accepted.amount()).isEqualTo(Money.parse("16800.00"));
        assertThat(openOutboxRows(accepted.id())).isEqualTo(1);

        StepVerifier.create(payments.accept(payment("K1", "9", "BILL-9"), GRACE)).verifyComplete();
        StepVerifier.create(payments.byKey("K1" + run))
                .assertNext(found -> assertThat(found.id()).isEqualTo(accepted.id()))
                .verifyComplete();
    }

    @Test
    void concurrentPaymentsAreAcceptedAndPostedTogetherEachWithItsOwnRowAndOutboxRow() {
        List<BankPayment> accepted = Flux.range(0, 20)
                .flatMap(i -> payments.accept(payment("KB" + i, "8" + i, i % 2 == 0 ? "BILL-B" + i : null), GRACE), 20)
                .collectList().block(Duration.ofSeconds(20));
        assertThat(accepted).hasSize(20).extracting(BankPayment::paymentKey).doesNotHaveDuplicates();
        assertThat(accepted).allSatisfy(payment -> assertThat(openOutboxRows(payment.id())).isEqualTo(1));
        assertThat(accepted).filteredOn(payment -> payment.billId() == null).hasSize(10);

        List<BankPayment> posted = Flux.fromIterable(accepted)
                .flatMap(payment -> payments.posted(payment.id(), "CORE-" + payment.paymentKey()), 20)
                .collectList().block(Duration.ofSeconds(20));
        assertThat(posted).hasSize(20).allSatisfy(payment -> {
            assertThat(payment.state()).isEqualTo(BankPayment.State.POSTED);
            assertThat(openOutboxRows(payment.id())).isZero();
        });
        assertThat(TestDatabase.count("select count(*) from bank_payment where payment_key like 'KB%" + run
                + "' and core_payment_id = 'CORE-' || payment_key")).isEqualTo(20);
    }

    @Test
    void ofConcurrentPaymentsOfOneBillExactlyOneIsAccepted() {
        List<BankPayment> accepted = Flux.range(0, 10)
                .flatMap(i -> payments.accept(payment("KS" + i, "7" + i, "BILL-SAME"), GRACE), 10)
                .collectList().block(Duration.ofSeconds(20));
        assertThat(accepted).hasSize(1);
    }

    @Test
    void aPostingOfAPaymentNoLongerAcceptedShowsItAsItIs() {
        BankPayment accepted = payments.accept(payment("KP", "9", "BILL-P"), GRACE).block();
        payments.posted(accepted.id(), "CORE-FIRST").block();
        StepVerifier.create(payments.posted(accepted.id(), "CORE-SECOND"))
                .assertNext(again -> assertThat(again.state()).isEqualTo(BankPayment.State.POSTED))
                .verifyComplete();
        assertThat(TestDatabase.text("select core_payment_id from bank_payment where id = '" + accepted.id() + "'"))
                .isEqualTo("CORE-FIRST");
    }

    @Test
    void aSecondPaymentOfTheSameBillOrOfAVirtualAccountStillInFlightIsNotAccepted() {
        assertThat(payments.accept(payment("K2", "2", "BILL-2"), GRACE).block()).isNotNull();
        StepVerifier.create(payments.accept(payment("K3", "3", "BILL-2"), GRACE)).verifyComplete();
        StepVerifier.create(payments.accept(payment("K4", "2", "BILL-4"), GRACE)).verifyComplete();
    }

    @Test
    void postingClosesTheOutboxRow() {
        BankPayment accepted = payments.accept(payment("K5", "5", "BILL-5"), GRACE).block();
        StepVerifier.create(payments.posted(accepted.id(), "CORE-5"))
                .assertNext(posted -> assertThat(posted.state()).isEqualTo(BankPayment.State.POSTED))
                .verifyComplete();
        assertThat(openOutboxRows(accepted.id())).isZero();
    }

    @Test
    void aRefusalAfterTheBankWasAnsweredIsListedForRefundUntilAnOperatorClosesIt() {
        BankPayment accepted = payments.accept(payment("K6", "6", "BILL-6"), GRACE).block();
        payments.promised(accepted.id(), PaymentFlag.SUCCESS, Duration.ZERO).block();
        StepVerifier.create(payments.rejected(accepted.id(), "participant unknown"))
                .assertNext(refused -> assertThat(refused.state()).isEqualTo(BankPayment.State.REFUND_DUE))
                .verifyComplete();

        PaymentExceptionStore.PaymentException listed = exceptions.list("OPEN", 10_000)
                .filter(exception -> exception.paymentId().equals(accepted.id())).blockFirst();
        assertThat(listed).isNotNull();
        assertThat(listed.amount()).isEqualTo("16800.00");
        assertThat(listed.refundTo()).isEqualTo(TestBank.ALPHA.id());
        assertThat(listed.paymentRequestId()).isEqualTo("PRQ-K6" + run);

        assertThat(exceptions.close(listed.id(), "siti.ops", "refunded").block()).isTrue();
        assertThat(exceptions.close(listed.id(), "siti.ops", "twice").block()).isFalse();
        assertThat(exceptions.list("CLOSED", 10_000).filter(exception -> exception.id() == listed.id()).blockFirst())
                .satisfies(closed -> assertThat(closed.closedBy()).isEqualTo("siti.ops"));
    }

    @Test
    void aRefusalBeforeAnyAnswerIsARejectionAndListsNothing() {
        BankPayment accepted = payments.accept(payment("K7", "7", "BILL-7"), GRACE).block();
        StepVerifier.create(payments.rejected(accepted.id(), "participant unknown"))
                .assertNext(refused -> assertThat(refused.state()).isEqualTo(BankPayment.State.REJECTED))
                .verifyComplete();
        assertThat(exceptions.list("OPEN", 10_000).filter(e -> e.paymentId().equals(accepted.id())).hasElements()
                .block()).isFalse();
    }
}
