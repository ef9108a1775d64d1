package id.jamsostek.gateway.payment;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.TestBank;
import id.jamsostek.gateway.support.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.test.StepVerifier;

/**
 * The payment exceptions on PostgreSQL: listed by state in the order they arose, with their payment's key, virtual
 * account and request id; closed once by an operator, with who and why, and a second close changes nothing.
 */
class PaymentExceptionStoreIT extends GatewayIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    PaymentExceptionStore exceptions;

    private final String run = UUID.randomUUID().toString();

    @Test
    void listsTheOpenExceptionsNewestFirstWithTheirPayment() {
        UUID refund = exception("1", "REFUND", "16800.00");
        UUID reverse = exception("2", "REVERSE_AT_CORE", "8400.00");

        List<PaymentExceptionStore.PaymentException> open = ours(exceptions.list("OPEN", 10_000).collectList()
                .block(PATIENCE));

        assertThat(open).extracting(PaymentExceptionStore.PaymentException::paymentId).containsExactly(reverse, refund);
        PaymentExceptionStore.PaymentException first = open.getLast();
        assertThat(first.paymentKey()).isEqualTo("key-1-" + run);
        assertThat(first.action()).isEqualTo("REFUND");
        assertThat(first.reason()).isEqualTo("bill paid twice");
        assertThat(first.refundTo()).isEqualTo(TestBank.ALPHA.id());
        assertThat(first.amount()).isEqualTo("16800.00");
        assertThat(first.virtualAccountNo()).isEqualTo("   77701" + "va-1-" + run);
        assertThat(first.paymentRequestId()).isEqualTo("prq-1-" + run);
        assertThat(first.state()).isEqualTo("OPEN");
        assertThat(first.createdAt()).isNotNull();
        assertThat(first.closedBy()).isNull();
        assertThat(open.getFirst().action()).isEqualTo("REVERSE_AT_CORE");
        assertThat(open.getFirst().id()).isGreaterThan(first.id());
    }

    @Test
    void listsAtMostTheLimitTheNewestFirst() {
        exception("3", "REFUND", "1000.00");
        UUID newest = exception("4", "REFUND", "2000.00");

        List<PaymentExceptionStore.PaymentException> two = exceptions.list("OPEN", 2).collectList().block(PATIENCE);

        assertThat(two).hasSize(2);
        assertThat(two.get(0).paymentId()).isEqualTo(newest);
        assertThat(two.get(0).id()).isGreaterThan(two.get(1).id());
    }

    @Test
    void closesAnOpenExceptionOnceWithWhoAndWhyAndMovesItToTheClosedList() {
        UUID payment = exception("5", "REFUND", "16800.00");
        long id = ours(exceptions.list("OPEN", 10_000).collectList().block(PATIENCE)).getFirst().id();

        StepVerifier.create(exceptions.close(id, "siti.ops", "refunded by transfer 123")).expectNext(true)
                .verifyComplete();
        StepVerifier.create(exceptions.close(id, "budi.ops", "again")).expectNext(false).verifyComplete();
        StepVerifier.create(exceptions.close(Long.MAX_VALUE, "siti.ops", "none")).expectNext(false).verifyComplete();

        assertThat(ours(exceptions.list("OPEN", 10_000).collectList().block(PATIENCE))).isEmpty();
        assertThat(ours(exceptions.list("CLOSED", 10_000).collectList().block(PATIENCE))).singleElement()
                .satisfies(closed -> {
                    assertThat(closed.paymentId()).isEqualTo(payment);
                    assertThat(closed.state()).isEqualTo("CLOSED");
                    assertThat(closed.closedBy()).isEqualTo("siti.ops");
                    assertThat(closed.note()).isEqualTo("refunded by transfer 123");
                });
        assertThat(TestDatabase.count("select count(*) from payment_exception where id = " + id
                + " and closed_at is not null")).isEqualTo(1);
    }

    /** A refused payment of the test bank and its open exception; returns the payment's id. */
    private UUID exception(String n, String action, String amount) {
        UUID payment = UUID.randomUUID();
        TestDatabase.execute("""
                insert into bank_payment (id, payment_key, partner_id, company_code, customer_no, virtual_account_no,
                                          payment_request_id, amount, currency, state)
                values ('%1$s', 'key-%2$s-%3$s', '%4$s', '77701', 'va-%2$s-%3$s', '   77701va-%2$s-%3$s',
                        'prq-%2$s-%3$s', %5$s, 'IDR', 'REFUND_DUE');
                insert into payment_exception (payment_id, reason, refund_to, amount, action)
                values ('%1$s', 'bill paid twice', '%4$s', %5$s, '%6$s');
                """.formatted(payment, n, run, TestBank.ALPHA.id(), amount, action));
        return payment;
    }

    private List<PaymentExceptionStore.PaymentException> ours(List<PaymentExceptionStore.PaymentException> listed) {
        return listed.stream().filter(each -> each.paymentKey().endsWith(run)).toList();
    }
}
