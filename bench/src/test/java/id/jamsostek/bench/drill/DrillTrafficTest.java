package id.jamsostek.bench.drill;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.bench.drill.PaymentAttempt.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

/**
 * The traffic against a fake gateway of two instances: the first refuses every connection, the second leaves every
 * payment pending and settles it when an advice comes at settling time (posted, or refused for a bill already
 * paid). The plans are drawn without their pauses, to keep the test short.
 */
class DrillTrafficTest {

    private final Queue<PaymentAttempt> received = new ConcurrentLinkedQueue<>();
    /** By customer number: one bill each. */
    private final Map<String, CorePosting> ledger = new ConcurrentHashMap<>();

    private final BankLine fakeGateway = new BankLine() {
        @Override
        public int instances() {
            return 2;
        }

        @Override
        public boolean inquire(int bank, String customerNo, String inquiryRequestId, String externalId,
                int instance) {
            return instance == 1;
        }

        @Override
        public DrillAnswer pay(PaymentAttempt attempt, int instance) {
            if (instance == 0) { // down, or starting: either way it did nothing
                return attempt.externalId().hashCode() % 2 == 0
                        ? DrillAnswer.refused(attempt.paymentRequestId(), attempt.customerNo(), Instant.now())
                        : new DrillAnswer(attempt.paymentRequestId(), attempt.customerNo(), "5002500",
                                AnswerKind.UNAVAILABLE, Instant.now());
            }
            received.add(attempt);
            if (attempt.role() == Role.SETTLING_ADVICE) {
                CorePosting posted = ledger.computeIfAbsent(attempt.customerNo(), customerNo -> new CorePosting(
                        attempt.paymentRequestId(), customerNo, "BILL-" + customerNo, Instant.now()));
                return answer(attempt, posted.reference().equals(attempt.paymentRequestId()) ? "2002500" : "4042514");
            }
            return answer(attempt, "5042500");
        }
    };

    @Test
    void sendsEveryRequestOfThePlanFailsOverRefusedOrUnavailableInstancesAndSettlesByAdvices() throws Exception {
        DrillPlan plan = withoutPauses(DrillPlan.draw(11, 40, "5", 0, 2));
        DrillTraffic traffic = new DrillTraffic(fakeGateway, "16800.00", 8, 1_000);

        traffic.load(plan, Duration.ofMillis(200));
        boolean settled = traffic.settle(this::postings, Duration.ofSeconds(20), Duration.ofMillis(10));

        long expected = plan.payments().stream().mapToLong(p -> 1 + p.sameExternalIdCopies()
                + p.samePaymentRequestIdCopies() + p.advices() + (p.secondPaymentRequestId() == null ? 0 : 1)).sum();
        long paymentsAndSeconds = plan.payments().stream()
                .mapToLong(p -> p.secondPaymentRequestId() == null ? 1 : 2).sum();
        assertThat(settled).isTrue();
        assertThat(received.stream().filter(a -> a.role() != Role.SETTLING_ADVICE)).hasSize((int) expected);
        assertThat(received.stream().filter(a -> a.role() == Role.SETTLING_ADVICE)).hasSize((int) paymentsAndSeconds);
        assertThat(received.stream().filter(PaymentAttempt::advice)).allMatch(a -> a.role() == Role.ADVICE
                || a.role() == Role.SETTLING_ADVICE);
        assertThat(traffic.answers()).anyMatch(a -> a.kind() == AnswerKind.REFUSED)
                .anyMatch(a -> a.kind() == AnswerKind.UNAVAILABLE);
        assertThat(ledger).hasSize(plan.payments().size());
        ExactlyOnceAudit audit = ExactlyOnceAudit.of(traffic.answers(), postings());
        assertThat(audit.failures()).isEmpty();
        assertThat(audit.rejected()).isEqualTo(paymentsAndSeconds - plan.payments().size()).isPositive();
        assertThat(traffic.summary()).contains("settling advice").contains("second payment");
    }

    @Test
    void sameExternalIdCopiesRepeatTheFirstRequestsIdAndOthersTakeNewOnes() throws Exception {
        DrillPlan plan = withoutPauses(DrillPlan.draw(11, 40, "5", 0, 2));
        DrillTraffic traffic = new DrillTraffic(fakeGateway, "16800.00", 8, 1_000);

        traffic.load(plan, Duration.ofMillis(100));

        Map<String, String> firstExternalId = new ConcurrentHashMap<>();
        received.stream().filter(a -> a.role() == Role.FIRST)
                .forEach(a -> firstExternalId.put(a.paymentRequestId(), a.externalId()));
        assertThat(received.stream().filter(a -> a.role() == Role.SAME_EXTERNAL_ID))
                .isNotEmpty()
                .allMatch(a -> a.externalId().equals(firstExternalId.get(a.paymentRequestId())));
        assertThat(received.stream().filter(a -> a.role() == Role.SAME_PAYMENT_REQUEST_ID || a.advice()))
                .isNotEmpty()
                .allMatch(a -> !a.externalId().equals(firstExternalId.get(a.paymentRequestId())));
    }

    @Test
    void stopsSettlingAtTheBoundWhenPaymentsStayWithoutAVerdict() throws Exception {
        BankLine neverDecides = new BankLine() {
            @Override
            public int instances() {
                return 1;
            }

            @Override
            public boolean inquire(int bank, String customerNo, String inquiryRequestId, String externalId,
                    int instance) {
                return true;
            }

            @Override
            public DrillAnswer pay(PaymentAttempt attempt, int instance) {
                return answer(attempt, "5042500");
            }
        };
        DrillTraffic traffic = new DrillTraffic(neverDecides, "16800.00", 4, 1);
        traffic.load(withoutPauses(DrillPlan.draw(1, 3, "5", 0, 1)), Duration.ofMillis(30));

        assertThat(traffic.settle(List::of, Duration.ofMillis(100), Duration.ofMillis(10))).isFalse();
    }

    private static DrillPlan withoutPauses(DrillPlan plan) {
        return new DrillPlan(plan.payments().stream().map(p -> new DrillPlan.Payment(p.bank(), p.customerNo(),
                p.paymentRequestId(), p.inquiry(), Duration.ZERO, p.sameExternalIdCopies(),
                p.samePaymentRequestIdCopies(), p.advices(), Duration.ZERO, p.secondPaymentRequestId(),
                p.secondBank(), Duration.ZERO)).toList());
    }

    private Collection<CorePosting> postings() {
        return List.copyOf(ledger.values());
    }

    private static DrillAnswer answer(PaymentAttempt attempt, String code) {
        return new DrillAnswer(attempt.paymentRequestId(), attempt.customerNo(), code,
                AnswerKind.of(Integer.parseInt(code.substring(0, 3)), code), Instant.now());
    }
}
