package id.jamsostek.gateway.payment;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.adapters.bank.PaymentFlag;
import id.jamsostek.adapters.core.CoreBill;
import id.jamsostek.contracts.Money;
import id.jamsostek.gateway.idempotency.KeyClaim;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.TestBank;
import id.jamsostek.gateway.support.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/**
 * Bank payments and the exceptions they leave, on PostgreSQL: a payment and its outbox row are one statement, the
 * unique indexes refuse a second payment of the same key or of a virtual account in flight, a posting records the
 * bill the core names, a refusal before any answer leaves nothing, and a refusal after an answer is listed for refund
 * until an operator closes it. A payment may claim its X-EXTERNAL-ID in the statement that accepts it: it is accepted
 * only under its own claim, and the claim stands either way.
 */
class BankPaymentStoreIT extends GatewayIntegrationTest {

    private static final Duration GRACE = Duration.ofSeconds(30);

    @Autowired
    BankPaymentStore payments;

    @Autowired
    PaymentExceptionStore exceptions;

    private final String run = UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 10);

    private NewPayment payment(String key, String customerNo) {
        return new NewPayment(key + run, TestBank.ALPHA.id(), "77701", customerNo + run, "   77701" + customerNo + run,
                "PRQ-" + key + run, Money.parse("16800.00"));
    }

    private PaidBill bill(String billId) {
        return new PaidBill(billId + run, "SI*I RA***H", List.of(), "[{\"billNo\":\"1\"}]");
    }

    private static long openOutboxRows(UUID paymentId) {
        return TestDatabase.count("select count(*) from outbox where kind = 'BANK_PAYMENT' and state <> 'DONE'"
                + " and aggregate_id = '" + paymentId + "'");
    }

    @Test
    void acceptsAPaymentWithItsOutboxRowOnceUnderItsKey() {
        BankPayment accepted = payments.accept(payment("K1", "1"), GRACE).block();
        assertThat(accepted.state()).isEqualTo(BankPayment.State.ACCEPTED);
        assertThat(accepted.amount()).isEqualTo(Money.parse("16800.00"));
        assertThat(openOutboxRows(accepted.id())).isEqualTo(1);

        StepVerifier.create(payments.accept(payment("K1", "9"), GRACE)).verifyComplete();
        StepVerifier.create(payments.byKey("K1" + run))
                .assertNext(found -> assertThat(found.id()).isEqualTo(accepted.id()))
                .verifyComplete();
    }

    private KeyClaim externalId(String id, Instant expiresAt) {
        return new KeyClaim(TestBank.ALPHA.id(), "snap-va-payment:test", id + run, "fp".getBytes(), expiresAt);
    }

    private static final Instant LATER = Instant.now().plus(Duration.ofDays(1));

    private static long claims(KeyClaim claim) {
        return TestDatabase.count("select count(*) from idempotency_record where scope = '" + claim.scope()
                + "' and idem_key = '" + claim.key() + "' and expires_at > now()");
    }

    private static long paymentsUnder(String key) {
        return TestDatabase.count("select count(*) from bank_payment where payment_key = '" + key + "'");
    }

    @Test
    void aPaymentClaimsItsExternalIdInTheStatementThatAcceptsItAndAnotherUnderTheIdWritesNothing() {
        KeyClaim claim = externalId("X1", LATER);
        BankPaymentStore.Acceptance first = payments.accept(payment("KX1", "41"), claim, GRACE).block();
        assertThat(first.idClaimed()).isTrue();
        assertThat(first.payment()).hasValueSatisfying(accepted -> {
            assertThat(accepted.state()).isEqualTo(BankPayment.State.ACCEPTED);
            assertThat(openOutboxRows(accepted.id())).isEqualTo(1);
        });
        assertThat(claims(claim)).isEqualTo(1);

        BankPaymentStore.Acceptance second = payments.accept(payment("KX2", "42"), externalId("X1", LATER), GRACE).block();
        assertThat(second.idClaimed()).isFalse();
        assertThat(second.payment()).isEmpty();
        assertThat(paymentsUnder("KX2" + run)).isZero();
    }

    @Test
    void ofConcurrentPaymentsUnderOneExternalIdExactlyOneIsAcceptedAndTheOthersWriteNothing() {
        List<BankPaymentStore.Acceptance> acceptances = Flux.range(0, 10)
                .flatMap(i -> payments.accept(payment("KC" + i, "5" + i), externalId("XC", LATER), GRACE), 10)
                .collectList().block(Duration.ofSeconds(20));
        assertThat(acceptances).hasSize(10);
        assertThat(acceptances).filteredOn(BankPaymentStore.Acceptance::idClaimed).hasSize(1)
                .allSatisfy(won -> assertThat(won.payment()).isPresent());
        assertThat(acceptances).filteredOn(acceptance -> !acceptance.idClaimed())
                .allSatisfy(lost -> assertThat(lost.payment()).isEmpty());
        assertThat(TestDatabase.count("select count(*) from bank_payment where payment_key like 'KC%" + run + "'"))
                .isEqualTo(1);
    }

    @Test
    void anExternalIdClaimedStandsWhenItsPaymentIsNotAccepted() {
        assertThat(payments.accept(payment("KN", "43"), GRACE).block()).isNotNull();
        KeyClaim claim = externalId("XN", LATER);

        BankPaymentStore.Acceptance repeat = payments.accept(payment("KN", "43"), claim, GRACE).block();
        assertThat(repeat.idClaimed()).isTrue();
        assertThat(repeat.payment()).isEmpty();
        assertThat(claims(claim)).isEqualTo(1);
        assertThat(paymentsUnder("KN" + run)).isEqualTo(1);
    }

    @Test
    void anExpiredExternalIdIsTakenOverByTheNextPayment() {
        Instant expired = Instant.now().minus(Duration.ofMinutes(1));
        assertThat(payments.accept(payment("KE1", "44"), externalId("XE", expired), GRACE).block().idClaimed()).isTrue();

        BankPaymentStore.Acceptance next = payments.accept(payment("KE2", "45"), externalId("XE", LATER), GRACE).block();
        assertThat(next.idClaimed()).isTrue();
        assertThat(next.payment()).isPresent();
        assertThat(claims(externalId("XE", LATER))).isEqualTo(1);
    }

    @Test
    void concurrentPaymentsAreAcceptedAndPostedTogetherEachWithItsOwnRowAndOutboxRow() {
        List<BankPayment> accepted = Flux.range(0, 20)
                .flatMap(i -> payments.accept(payment("KB" + i, "8" + i), GRACE), 20)
                .collectList().block(Duration.ofSeconds(20));
        assertThat(accepted).hasSize(20).extracting(BankPayment::paymentKey).doesNotHaveDuplicates();
        assertThat(accepted).allSatisfy(payment -> assertThat(openOutboxRows(payment.id())).isEqualTo(1));
        assertThat(accepted).allSatisfy(payment -> assertThat(payment.billId()).isNull());

        List<BankPayment> posted = Flux.fromIterable(accepted)
                .flatMap(payment -> payments.posted(payment.id(), "CORE-" + payment.paymentKey(),
                        bill("BILL-" + payment.paymentKey())), 20)
                .collectList().block(Duration.ofSeconds(20));
        assertThat(posted).hasSize(20).allSatisfy(payment -> {
            assertThat(payment.state()).isEqualTo(BankPayment.State.POSTED);
            assertThat(payment.billId()).isEqualTo("BILL-" + payment.paymentKey() + run);
            assertThat(payment.holderNameMasked()).isEqualTo("SI*I RA***H");
            assertThat(payment.billDetails()).isEqualTo("[{\"billNo\":\"1\"}]");
            assertThat(openOutboxRows(payment.id())).isZero();
        });
        assertThat(TestDatabase.count("select count(*) from bank_payment where payment_key like 'KB%" + run
                + "' and core_payment_id = 'CORE-' || payment_key")).isEqualTo(20);
    }

    @Test
    void ofConcurrentPaymentsOfOneVirtualAccountExactlyOneIsAccepted() {
        List<BankPayment> accepted = Flux.range(0, 10)
                .flatMap(i -> payments.accept(payment("KS" + i, "77"), GRACE), 10)
                .collectList().block(Duration.ofSeconds(20));
        assertThat(accepted).hasSize(1);
    }

    @Test
    void aPostingOfAPaymentNoLongerAcceptedShowsItAsItIs() {
        BankPayment accepted = payments.accept(payment("KP", "9"), GRACE).block();
        payments.posted(accepted.id(), "CORE-FIRST", bill("BILL-P")).block();
        StepVerifier.create(payments.posted(accepted.id(), "CORE-SECOND", bill("BILL-P")))
                .assertNext(again -> assertThat(again.state()).isEqualTo(BankPayment.State.POSTED))
                .verifyComplete();
        assertThat(TestDatabase.text("select core_payment_id from bank_payment where id = '" + accepted.id() + "'"))
                .isEqualTo("CORE-FIRST");
    }

    @Test
    void aSecondPaymentOfAVirtualAccountStillInFlightIsNotAcceptedAndOnceTheFirstIsPostedItIs() {
        BankPayment first = payments.accept(payment("K2", "2"), GRACE).block();
        StepVerifier.create(payments.accept(payment("K4", "2"), GRACE)).verifyComplete();

        payments.posted(first.id(), "CORE-2", bill("BILL-2")).block();
        assertThat(payments.accept(payment("K4", "2"), GRACE).block()).isNotNull();
    }

    @Test
    void aRefusalAtTheCoreBeforeAnyAnswerLeavesNeitherThePaymentNorItsOutboxRow() {
        BankPayment refused = payments.accept(payment("KW", "31"), GRACE).block();
        BankPayment answered = payments.accept(payment("KA", "32"), GRACE).block();
        payments.promised(answered.id(), PaymentFlag.SUCCESS, null, Duration.ZERO).block();

        payments.withdrawn(refused.id()).block();
        payments.withdrawn(answered.id()).block();

        StepVerifier.create(payments.byId(refused.id())).verifyComplete();
        assertThat(TestDatabase.count("select count(*) from outbox where aggregate_id = '" + refused.id() + "'"))
                .isZero();
        StepVerifier.create(payments.byId(answered.id()))
                .assertNext(kept -> assertThat(kept.promised()).isEqualTo(PaymentFlag.SUCCESS))
                .verifyComplete();
        assertThat(openOutboxRows(answered.id())).isOne();
    }

    private BillSnapshot inquiryShowed(String billId) {
        return new BillSnapshot(billId + run, Money.parse("16800.00"), CoreBill.Status.UNPAID, "SI*I RA***H", "[]",
                Instant.now());
    }

    @Test
    void aPromiseHoldsTheBillTheBanksInquiryShowedAndKeepsWhatItShowedForTheAnswers() {
        BankPayment accepted = payments.accept(payment("KI", "33"), GRACE).block();

        StepVerifier.create(payments.promised(accepted.id(), PaymentFlag.SUCCESS, inquiryShowed("BILL-I"), Duration.ZERO))
                .assertNext(promised -> {
                    assertThat(promised.promised()).isEqualTo(PaymentFlag.SUCCESS);
                    assertThat(promised.billId()).isEqualTo("BILL-I" + run);
                    assertThat(promised.holderNameMasked()).isEqualTo("SI*I RA***H");
                    assertThat(promised.billDetails()).isEqualTo("[]");
                })
                .verifyComplete();
    }

    @Test
    void noPromiseIsMadeOnABillAnotherPaymentHolds() {
        BankPayment promisedFirst = payments.accept(payment("KH1", "34"), GRACE).block();
        payments.promised(promisedFirst.id(), PaymentFlag.SUCCESS, inquiryShowed("BILL-H"), Duration.ZERO).block();
        BankPayment postedFirst = payments.accept(payment("KH2", "35"), GRACE).block();
        payments.posted(postedFirst.id(), "CORE-H", bill("BILL-G")).block();

        BankPayment second = payments.accept(payment("KH3", "36"), GRACE).block();
        StepVerifier.create(payments.promised(second.id(), PaymentFlag.SUCCESS, inquiryShowed("BILL-H"), Duration.ZERO))
                .verifyError(DuplicateKeyException.class);
        StepVerifier.create(payments.promised(second.id(), PaymentFlag.SUCCESS, inquiryShowed("BILL-G"), Duration.ZERO))
                .assertNext(asItWas -> {
                    assertThat(asItWas.promised()).isNull();
                    assertThat(asItWas.billId()).isNull();
                })
                .verifyComplete();
    }

    @Test
    void oneCustomerHasOnePaymentOnItsWayAtATimeWhateverTheBank() {
        assertThat(payments.accept(payment("KC1", "37"), GRACE).block()).isNotNull();
        NewPayment atAnotherBank = new NewPayment("KC2" + run, TestBank.BETA.id(), "77702", "37" + run,
                "   77702" + "37" + run, "PRQ-KC2" + run, Money.parse("16800.00"));

        StepVerifier.create(payments.accept(atAnotherBank, GRACE)).verifyComplete();
    }

    @Test
    void postingClosesTheOutboxRow() {
        BankPayment accepted = payments.accept(payment("K5", "5"), GRACE).block();
        StepVerifier.create(payments.posted(accepted.id(), "CORE-5", bill("BILL-5")))
                .assertNext(posted -> assertThat(posted.state()).isEqualTo(BankPayment.State.POSTED))
                .verifyComplete();
        assertThat(openOutboxRows(accepted.id())).isZero();
    }

    @Test
    void aRefusalAfterTheBankWasAnsweredIsListedForRefundUntilAnOperatorClosesIt() {
        BankPayment accepted = payments.accept(payment("K6", "6"), GRACE).block();
        payments.promised(accepted.id(), PaymentFlag.SUCCESS, null, Duration.ZERO).block();
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
        BankPayment accepted = payments.accept(payment("K7", "7"), GRACE).block();
        StepVerifier.create(payments.rejected(accepted.id(), "participant unknown"))
                .assertNext(refused -> assertThat(refused.state()).isEqualTo(BankPayment.State.REJECTED))
                .verifyComplete();
        assertThat(exceptions.list("OPEN", 10_000).filter(e -> e.paymentId().equals(accepted.id())).hasElements()
                .block()).isFalse();
    }
}
